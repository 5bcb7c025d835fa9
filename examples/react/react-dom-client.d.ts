// @types/react-dom is not among this repository's devDependencies; this is the one function the
// example uses. An app with @types/react-dom installed does not need this file.
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';
  export function createRoot(container: Element | DocumentFragment): { render(children: ReactNode): void; unmount(): void };
}

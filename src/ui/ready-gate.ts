/** A promise opened once from outside (the element's `ready`). */
export class ReadyGate {
  opened = false;
  readonly promise: Promise<void>;
  private resolve!: () => void;

  constructor() {
    this.promise = new Promise<void>((resolve) => (this.resolve = resolve));
  }

  open() {
    this.opened = true;
    this.resolve();
  }
}

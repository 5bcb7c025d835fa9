/**
 * Work that must not delay the frame that shows a keystroke: it runs once that frame is drawn.
 * Used by the result list (cards out of view, ui/keyed.ts) and the split reader (file requests,
 * split-source.ts). Browser-only; without requestAnimationFrame the task runs after `orAfter` ms.
 */
type PostTask = (task: () => void, options: { priority: 'background'; signal?: AbortSignal }) => Promise<unknown>;

export interface AfterFrameOptions {
  /**
   * Run at the lowest priority (scheduler.postTask 'background', where there is one): input and
   * anything else the page has to do go first. Not requestIdleCallback: browsers hold idle time
   * back for a while after each input.
   */
  background?: boolean;
  /** Run by then at the latest (ms), for a tab that draws no frames (hidden): requests must not wait for it. */
  orAfter?: number;
}

/** The browser's scheduler.postTask (bound: it throws when called without its scheduler), where there is one. */
const postTask = (): PostTask | undefined => {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  return scheduler?.postTask?.bind(scheduler);
};

/**
 * Runs `task` once, in a task of the lowest priority (scheduler.postTask 'background', else a plain
 * task): input, and the frame that shows it, go first. Returns a cancel function.
 */
export function background(task: () => void): () => void {
  const post = postTask();
  if (!post) {
    const timer = setTimeout(task);
    return () => clearTimeout(timer);
  }
  const abort = new AbortController();
  post(task, { priority: 'background', signal: abort.signal }).catch(() => {});
  return () => abort.abort();
}

/** Runs `task` once, in a task after the next frame is drawn. Returns a cancel function. */
export function afterFrame(task: () => void, { background: low = false, orAfter }: AfterFrameOptions = {}): () => void {
  let queued: (() => void) | undefined, latest: ReturnType<typeof setTimeout> | undefined, frame: number | undefined;
  let ran = false;
  const cancel = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    queued?.();
    clearTimeout(latest);
  };
  const run = () => {
    if (ran) return;
    ran = true;
    cancel();
    task();
  };
  if (typeof requestAnimationFrame === 'function') {
    frame = requestAnimationFrame(() => {
      frame = undefined;
      if (low) queued = background(run);
      else {
        const timer = setTimeout(run);
        queued = () => clearTimeout(timer);
      }
    });
  }
  if (orAfter !== undefined || frame === undefined) latest = setTimeout(run, orAfter ?? 0);
  return cancel;
}

/** Resolves in a task of the lowest priority (see `background`). */
export function lowPriority(): Promise<void> {
  return new Promise((go) => void background(go));
}

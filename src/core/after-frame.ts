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

/** Runs `task` once, in a task after the next frame is drawn. Returns a cancel function. */
/** The browser's scheduler.postTask (bound: it throws when called without its scheduler), where there is one. */
const postTask = (): PostTask | undefined => {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  return scheduler?.postTask?.bind(scheduler);
};

export function afterFrame(task: () => void, { background = false, orAfter }: AfterFrameOptions = {}): () => void {
  const post = postTask();
  const abort = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined, latest: ReturnType<typeof setTimeout> | undefined, frame: number | undefined;
  let ran = false;
  const cancel = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    abort.abort();
    clearTimeout(timer);
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
      if (background && post) post(run, { priority: 'background', signal: abort.signal }).catch(() => {});
      else timer = setTimeout(run);
    });
  }
  if (orAfter !== undefined || frame === undefined) latest = setTimeout(run, orAfter ?? 0);
  return cancel;
}

/** Runs `task` once, in a task of the lowest priority (as `lowPriority`). Returns a cancel function. */
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

/**
 * Resolves in a task of the lowest priority (scheduler.postTask 'background', else a plain task):
 * input, and the frame that shows it, go first.
 */
export function lowPriority(): Promise<void> {
  const post = postTask();
  return new Promise((go) => (post ? void post(go, { priority: 'background' }).catch(go) : setTimeout(go)));
}

/**
 * The "press Shift three times" quick-exit gesture, as a pure state machine fed with key events.
 * Owns: what counts as a press (Shift pressed and released alone: Shift used for a capital or a
 * shortcut does not count; left and right Shift both count; any other key resets; presses more
 * than `windowMs` apart start again). Does not own: listening to the page or leaving it.
 */

export interface ShiftSequence {
  /** Feed a keydown; returns the press count so far (0 after a reset). */
  keydown(key: string, repeat: boolean, time: number): number;
  /** Feed a keyup; returns the press count so far, which equals `presses` when the gesture is complete. */
  keyup(key: string, time: number): number;
  reset(): void;
}

export function createShiftSequence(presses = 3, windowMs = 5000): ShiftSequence {
  let count = 0;
  let first = 0;
  let shiftAlone = false;
  const reset = () => {
    count = 0;
    shiftAlone = false;
  };
  return {
    keydown(key, repeat) {
      if (key === 'Shift') {
        // A held key repeats keydown; only the first press of a hold counts.
        if (!repeat) shiftAlone = true;
      } else {
        reset();
      }
      return count;
    },
    keyup(key, time) {
      if (key !== 'Shift' || !shiftAlone) return count;
      shiftAlone = false;
      if (count === 0 || time - first > windowMs) {
        count = 0;
        first = time;
      }
      count += 1;
      const reached = count;
      if (count >= presses) count = 0;
      return reached;
    },
    reset,
  };
}

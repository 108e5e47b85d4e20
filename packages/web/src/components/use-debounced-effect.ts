import { useEffect } from 'react';

/** Runs `effect` once its inputs have stopped changing for `delay` ms (typing pauses). */
export function useDebouncedEffect(effect: () => void | (() => void), deps: unknown[], delay: number): void {
  useEffect(() => {
    let cleanup: void | (() => void);
    const timer = setTimeout(() => {
      cleanup = effect();
    }, delay);
    return () => {
      clearTimeout(timer);
      if (typeof cleanup === 'function') cleanup();
    };
  }, deps);
}

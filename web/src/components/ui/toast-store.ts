import { createStore } from 'zustand/vanilla';

export type ToastTone = 'success' | 'error' | 'info';

export interface Toast {
  id: number;
  tone: ToastTone;
  message: string;
}

interface ToastState {
  toasts: Toast[];
  push: (tone: ToastTone, message: string) => number;
  dismiss: (id: number) => void;
}

const DISPLAY_MS: Record<ToastTone, number> = { success: 4000, info: 5000, error: 8000 };
let nextId = 1;

export const toastStore = createStore<ToastState>()((set, get) => ({
  toasts: [],
  push: (tone, message) => {
    const id = nextId++;
    set({ toasts: [...get().toasts.filter((t) => t.message !== message), { id, tone, message }] });
    setTimeout(() => {
      get().dismiss(id);
    }, DISPLAY_MS[tone]);
    return id;
  },
  dismiss: (id) => {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

/** Shows a short message in the corner of the screen, from anywhere (also outside React). */
export const toast = {
  success: (message: string) => toastStore.getState().push('success', message),
  error: (message: string) => toastStore.getState().push('error', message),
  info: (message: string) => toastStore.getState().push('info', message),
};

/** Draws the app into the page (loaded by main.tsx once the first calls are on their way). */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { QueryClient } from '@tanstack/react-query';
import { App } from './App';

export function mount(root: HTMLElement, client: QueryClient) {
  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
}

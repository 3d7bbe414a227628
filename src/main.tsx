import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App, createApp, routerReady } from './app/app.tsx';
import { focusKeyIn, restoreFocus } from './app/static/keep-focus.ts';
import { PRERENDERED_ATTRIBUTE } from './app/static/prerendered.ts';
import './shared/ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const { queryClient, router } = createApp();
const app = (
  <StrictMode>
    <App queryClient={queryClient} router={router} />
  </StrictMode>
);
if (root.hasAttribute(PRERENDERED_ATTRIBUTE)) {
  // A static release page stays until the app can draw the same page with its data, and is
  // then replaced in one commit, with the reader's focus carried over (decision 8).
  await routerReady(router);
  const focused = focusKeyIn(root);
  flushSync(() => createRoot(root).render(app));
  restoreFocus(root, focused);
  root.removeAttribute(PRERENDERED_ATTRIBUTE);
} else {
  createRoot(root).render(app);
}

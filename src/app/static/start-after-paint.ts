/**
 * The script of a static release page (docs/decisions/0008), in place of the app's own: it adds
 * the app's script once the page has been painted. Run at once, the app's script is one long
 * task that would hold the page's first frame back. In a tab that is not painting, it starts
 * after a moment anyway.
 */
const app = document.querySelector<HTMLScriptElement>('script[data-app]')?.dataset.app;
let started = false;

function start() {
  if (started || !app) return;
  started = true;
  const script = document.createElement('script');
  script.type = 'module';
  script.crossOrigin = '';
  script.src = app;
  document.head.append(script);
}

requestAnimationFrame(() => setTimeout(start, 0));
setTimeout(start, 200);

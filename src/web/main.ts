// The page's router: #/?filters (timeline), #/event/ID, #/check. Each view renders into <main>.
import './style.css';
import { checkView } from './check-view.js';
import { clear } from './dom.js';
import { eventView } from './event-view.js';
import { timelineView } from './timeline-view.js';

const main = document.getElementById('main') as HTMLElement;

async function route(): Promise<void> {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, q = ''] = hash.split('?');
  clear(main);
  let view = 'timeline';
  if (path.startsWith('/event/')) {
    view = 'event';
    await eventView(main, decodeURIComponent(path.slice('/event/'.length)));
  } else if (path === '/check') {
    view = 'check';
    checkView(main);
  } else {
    await timelineView(main, new URLSearchParams(q));
  }
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a[data-nav]')) {
    if (a.dataset.nav === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  document.body.dataset.ready = view;
}

window.addEventListener('hashchange', () => {
  // In-page anchors (#main, #finding-3) move focus; only #/… hashes are routes.
  if (location.hash && !location.hash.startsWith('#/')) return;
  delete document.body.dataset.ready;
  void route().then(() => main.focus({ preventScroll: true }));
});
void route();

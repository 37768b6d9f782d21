// Registers /sw.js; offline chip; "reload to update". Shipped unminified, see README "Offline use".
(() => {
  const sw = navigator.serviceWorker;
  const html = document.documentElement;
  const keys = ['offline', 'update', 'reload'];
  // Other locales: pwa-* of main.ftl (fetched by the app, so cached).
  const english = ['You are offline. Pages you opened still work.', 'A new version of Caravan is ready.', 'Reload to update'];
  let strings = english;
  let lang = 'en-US';
  const translate = async (tag) => {
    if (tag.startsWith('en') || !(navigator.onLine || (sw && sw.controller))) return english;
    try {
      const ftl = await (await fetch(`/locales/${tag}/main.ftl`)).text();
      return keys.map((key, i) => (ftl.match(new RegExp(`^pwa-${key} = (.+)`, 'm')) || [])[1] || english[i]);
    } catch {
      return english;
    }
  };
  const el = (tag, cls) => {
    const e = document.createElement(tag);
    e.className = cls;
    return e;
  };
  // Live regions from the start, so what is put in them is announced.
  const box = el('div', 'cv-pwa');
  const offline = el('div', 'cv-pwa__offline');
  const update = el('div', 'cv-pwa__update');
  const message = el('span', '');
  const button = el('button', '');
  offline.role = update.role = 'status';
  button.type = 'button';
  box.append(offline, update);
  document.body.append(box);

  let down = false;
  let waiting;
  let offered = false;
  let asked = false;
  let controlled = !!(sw && sw.controller);
  const render = async () => {
    if ((!navigator.onLine || down || offered) && html.lang != lang) strings = await translate((lang = html.lang));
    offline.textContent = navigator.onLine && !down ? '' : strings[0];
    message.textContent = strings[1];
    button.textContent = strings[2];
    if (offered && !update.firstChild) update.append(message, button);
  };
  const offer = (worker) => {
    if (controlled) (waiting = worker), (offered = true), render();
  };
  button.onclick = () => ((asked = true), waiting ? waiting.postMessage({ type: 'SKIP_WAITING' }) : location.reload());
  addEventListener('online', () => ((down = false), render()));
  addEventListener('offline', render);
  new MutationObserver(render).observe(html, { attributeFilter: ['lang'] });
  render();
  if (!sw) return;

  // Fetches the worker did not see (first visit) are passed to it to cache.
  let active;
  const seen = [];
  const pass = () => active && seen.length && active.postMessage({ type: 'CACHE_URLS', urls: seen.splice(0) });
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) e.workerStart || seen.push(e.name);
    pass();
  });
  observer.observe({ type: 'resource', buffered: true });
  sw.addEventListener('message', ({ data }) => data && data.type == 'NETWORK' && ((down = !data.ok), render()));
  sw.addEventListener('controllerchange', () => {
    if (asked) return location.reload();
    // Another tab updated: a reload fetches the new release.
    if (controlled) (waiting = null), (offered = true), render();
    controlled = true;
  });
  addEventListener('load', async () => {
    // undefined under Playwright's serviceWorkers: 'block'
    const reg = await sw.register('/sw.js').catch(() => {});
    if (!reg) return observer.disconnect();
    if (reg.waiting) offer(reg.waiting);
    reg.onupdatefound = () => {
      const worker = reg.installing;
      worker.onstatechange = () => worker.state == 'installed' && offer(worker);
    };
    const check = () => reg.update().catch(() => {});
    document.addEventListener('visibilitychange', () => document.hidden || check());
    setInterval(check, 36e5);
    active = (await sw.ready).active;
    pass();
  });
})();

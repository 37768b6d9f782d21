// The installable app's page side, in plain JS so it stays out of the wasm (see README "Offline use"):
// registers /sw.js, shows an offline chip, and offers a new release as "reload to update", reloading only on
// the buyer's click so an open session (a half-filled form, a scrolled list) is never cut short.
// scripts/pwa/build-sw.sh strips the comment lines from the shipped copy: every byte is on the home route.
(() => {
  const sw = navigator.serviceWorker;
  const html = document.documentElement;
  // en-US; other locales' words are in /locales/<tag>/pwa.ftl (checked by the locale tests), fetched when a
  // banner first needs them and precached by the worker so they are there offline. Without a worker and a
  // network, fetching would only fail: English then.
  const english = ['You are offline. Pages you opened still work.', 'A new version of Caravan is ready.', 'Reload to update'];
  let strings = english;
  let lang = 'en-US';
  const translate = async (tag) => {
    if (tag.startsWith('en') || !(navigator.onLine || sw?.controller)) return english;
    try {
      const ftl = await (await fetch(`/locales/${tag}/pwa.ftl`)).text();
      return ['offline', 'update', 'reload'].map((key, i) => (ftl.match(`\npwa-${key} = (.+)`) || [])[1] || english[i]);
    } catch {
      return english;
    }
  };
  // Two live regions (role=status) that exist from the start, so screen readers announce what is put in
  // them later; CSS hides them while empty.
  const box = document.createElement('div');
  box.className = 'cv-pwa';
  box.innerHTML = '<div class=cv-pwa__offline role=status></div><div class=cv-pwa__update role=status></div>';
  document.body.append(box);
  const [offline, update] = box.children;

  // down: the worker saw its network requests fail although navigator.onLine says online (a connection
  // that is up but does not answer). waiting: the new release's worker. offered: the banner is shown.
  // asked: the buyer clicked it.
  let down, waiting, offered, asked;
  let controlled = !!sw?.controller;
  const render = async () => {
    if ((!navigator.onLine || down || offered) && html.lang != lang) strings = await translate((lang = html.lang));
    offline.textContent = navigator.onLine && !down ? '' : strings[0];
    if (!offered) return;
    if (!update.firstChild) {
      update.innerHTML = '<span></span><button type=button></button>';
      update.lastChild.onclick = () => ((asked = true), waiting ? waiting.postMessage('SKIP_WAITING') : location.reload());
    }
    update.firstChild.textContent = strings[1];
    update.lastChild.textContent = strings[2];
  };
  // A worker installed while another controls the page is a new release; the very first install is not.
  const offer = (worker) => controlled && ((waiting = worker), (offered = true), render());
  addEventListener('online', () => ((down = false), render()));
  addEventListener('offline', render);
  // The installed app is named in the page's language: the server localises the manifest (?lang=).
  const manifest = document.querySelector('link[rel=manifest]');
  const relink = () => manifest && (manifest.href = '/manifest.webmanifest' + (html.lang == 'en-US' ? '' : '?lang=' + html.lang));
  new MutationObserver(() => (relink(), render())).observe(html, { attributeFilter: ['lang'] });
  relink();
  render();
  if (!sw) return;

  // On the first visit the page fetches the catalogue before the worker exists. Resource timing entries
  // without workerStart are requests the worker did not see; they are passed to it, and it caches those its
  // routes cache, so the pages of the very first visit open offline too.
  let active;
  const seen = [];
  const pass = () => active && seen.length && active.postMessage(seen.splice(0));
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) e.workerStart || seen.push(e.name);
    pass();
  });
  observer.observe({ type: 'resource', buffered: true });
  // The worker posts true or false when its network requests start succeeding or failing.
  sw.onmessage = ({ data }) => ((down = !data), render());
  sw.oncontrollerchange = () => {
    if (asked) return location.reload();
    // Another tab let a new release take over: this page still runs the old one (the worker keeps its
    // files), and a plain reload (waiting is null) brings the new one.
    offer(null);
    controlled = true;
  };
  addEventListener('load', async () => {
    // register() resolves to undefined under Playwright's serviceWorkers: 'block'.
    const reg = await sw.register('/sw.js').catch(() => {});
    if (!reg) return observer.disconnect();
    if (reg.waiting) offer(reg.waiting);
    reg.onupdatefound = () => {
      const worker = reg.installing;
      worker.onstatechange = () => worker.state == 'installed' && offer(worker);
    };
    // The browser checks /sw.js on full loads; a long-lived tab also asks when shown again, and hourly.
    const check = () => reg.update().catch(() => {});
    document.addEventListener('visibilitychange', () => document.hidden || check());
    setInterval(check, 36e5);
    active = (await sw.ready).active;
    pass();
  });
})();

// The one script of every page, a progressive enhancement: pages read fully without it. It loads
// Pagefind's search UI only when search is opened, copies permalinks, highlights search matches, and
// follows a permalink whose id this page does not hold to the page that holds it now.
import { anchorShard, anchorsPath } from './anchors.ts';

// Set first: the copy-link buttons show only when this script can make them work.
document.documentElement.classList.add('js');

const bundle = '/pagefind/';
const highlightParam = 'pagefind-highlight';

type Modal = HTMLElement & { open?: () => void };

let loading: Promise<void> | undefined;

/** Adds a module script and resolves once it has run. A script element, not `import()`: the bundler
 * would rewrite a dynamic import of these files, which exist only after Pagefind has indexed the site. */
function loadModule(src: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`${src} did not load.`)));
    document.head.append(script);
  });
}

/** Loads the component UI (CSS and module) once. */
function loadSearch(): Promise<void> {
  if (!loading) {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = `${bundle}pagefind-component-ui.css`;
    document.head.append(style);
    loading = loadModule(`${bundle}pagefind-component-ui.js`);
  }
  return loading;
}

async function openSearch(): Promise<void> {
  // The search page has its own input: focus it rather than open a dialog over it.
  const pageInput = document.querySelector<HTMLElement>('pagefind-input[instance="page"] input, [data-search-field]');
  if (pageInput) return pageInput.focus();
  let modal = document.querySelector<Modal>('pagefind-modal');
  if (!modal) {
    const config = document.createElement('pagefind-config');
    config.setAttribute('highlight-param', highlightParam);
    config.setAttribute('bundle-path', bundle);
    modal = document.createElement('pagefind-modal') as Modal;
    document.body.append(config, modal);
  }
  try {
    await loadSearch();
  } catch {
    // The dialog could not load (offline, a missing bundle): the search page is the way that always works.
    loading = undefined;
    location.assign('/search/');
    return;
  }
  await customElements.whenDefined('pagefind-modal');
  requestAnimationFrame(() => modal.open?.());
}

/**
 * The search page's field is plain until the reader focuses it or types: then the component UI loads,
 * Pagefind's own input takes the field's place with what was typed so far, and the search runs.
 */
const searchField = document.querySelector<HTMLInputElement>('[data-search-field]');
searchField?.addEventListener('focus', () => void upgradeSearchField(searchField), { once: true });

async function upgradeSearchField(field: HTMLInputElement): Promise<void> {
  try {
    await loadSearch();
  } catch {
    loading = undefined;
    return;
  }
  await customElements.whenDefined('pagefind-input');
  const input = document.createElement('pagefind-input');
  input.setAttribute('instance', 'page');
  const wrapper = field.closest('search') ?? field;
  wrapper.after(input);
  // The element draws its input once Pagefind's instance has registered it: wait a few frames for it.
  let own = input.querySelector('input');
  for (let frame = 0; !own && frame < 60; frame++) {
    await new Promise(requestAnimationFrame);
    own = input.querySelector('input');
  }
  if (!own) return;
  const typing = document.activeElement === field;
  own.value = field.value;
  wrapper.remove();
  if (typing) own.focus();
  if (own.value) own.dispatchEvent(new Event('input', { bubbles: true }));
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
  const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  if (!(slash || ctrlK) || (slash && isTyping(event.target))) return;
  event.preventDefault();
  void openSearch();
});

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const opener = target?.closest('[data-search-open]');
  if (opener && !(event instanceof MouseEvent && (event.ctrlKey || event.metaKey || event.shiftKey))) {
    event.preventDefault();
    void openSearch();
    return;
  }
  const copy = target?.closest<HTMLButtonElement>('button[data-copy]');
  if (copy) void copyLink(copy);
});

/** Copies the permalink; the button shows a tick and the page's one live region says so, for
 * keyboard and screen-reader users alike. */
async function copyLink(button: HTMLButtonElement): Promise<void> {
  const url = new URL(button.dataset.copy ?? '', location.href);
  url.search = '';
  const status = document.getElementById('copy-status');
  let message = 'Link copied';
  try {
    await navigator.clipboard.writeText(url.href);
  } catch {
    // No clipboard (an insecure origin or a refused permission): the address bar still gets the link.
    history.replaceState(null, '', url.hash);
    message = 'Link in the address bar';
  }
  if (status) status.textContent = message;
  button.dataset.copied = '';
  setTimeout(() => {
    if (status?.textContent === message) status.textContent = '';
    delete button.dataset.copied;
  }, 2500);
}

// Arriving from a search result: mark the searched words in the page, then bring the first into view.
if (new URLSearchParams(location.search).has(highlightParam)) void highlightMatches();

async function highlightMatches(): Promise<void> {
  await loadModule(`${bundle}pagefind-highlight.js`);
  const Highlight = (window as unknown as { PagefindHighlight?: new (options: object) => unknown }).PagefindHighlight;
  if (!Highlight) return;
  new Highlight({ highlightParam, addStyles: false, markOptions: { className: 'search-hit', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] } });
  const first = document.querySelector('mark.search-hit');
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}

/**
 * A shared link names its item by id (`/statements/#q-…`). When the dossier has grown and the item now
 * sits on a page of its own (a speaker's page, a part of the event), this page does not hold the id:
 * the anchor map says which page does, and the reader is taken there. An alias goes to its item.
 */
async function followAnchor(): Promise<void> {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id || document.getElementById(id)) return;
  try {
    const response = await fetch(anchorsPath(anchorShard(id)));
    if (!response.ok) return;
    const map = (await response.json()) as Record<string, [string, string] | undefined>;
    const place = map[id];
    if (!place) return;
    const [page, target] = place;
    if (page === location.pathname) {
      if (target !== id) document.getElementById(target)?.scrollIntoView();
      return;
    }
    location.replace(`${page}${location.search}#${target}`);
  } catch {
    // Offline or no map: the page stays as it is.
  }
}

void followAnchor();
addEventListener('hashchange', () => void followAnchor());

/* The page's service worker: keeps the built page in the browser's cache so it opens without a network
 * once it has been opened once. It answers only this page's own files, from the cache first; it never
 * sends anything anywhere. The build (webpack.web.config.js) replaces the two placeholders below with
 * the list of built files and a version that changes whenever one of them does. */
/* eslint-disable no-undef */
const FILES = self.__PRECACHE_FILES__;
const CACHE = `pekerja-rentan-${self.__PRECACHE_VERSION__}`;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("pekerja-rentan-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then((hit) => {
        if (hit) return hit;
        // The page's address itself ("./") is cached as index.html.
        if (request.mode === "navigate") return cache.match("index.html").then((page) => page || fetch(request));
        return fetch(request);
      }),
    ),
  );
});

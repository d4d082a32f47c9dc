/// <reference lib="webworker" />
// Service worker: offline shell for the console. Not related to the SaaS automation workers.
declare const self: ServiceWorkerGlobalScope;

const CACHE = 'cavra-shell-v14';

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(['/', '/index.html', '/assets/app.css'])));
});

self.addEventListener('fetch', (event) => {
  event.respondWith(caches.match(event.request).then((hit) => hit ?? fetch(event.request)));
});

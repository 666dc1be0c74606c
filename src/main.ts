import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { pageFontFaces } from './lib/map/style';
import { embeddedPack } from './lib/io/pack';
import { loadEnglish } from './lib/io/ui-en';
import { requestedLocale } from './lib/state/app.svelte';
import { keepFocus } from './lib/ui/keep-focus';

// The embedded data and the map's font list are requested before anything else happens (errors
// surface where they are used). The font list is preloaded by index.html, so waiting for it here
// costs next to nothing and lets the map view create the map the moment it mounts.
void embeddedPack().catch(() => undefined);
// A page opening in English waits for the UI's English too (Chinese never loads it).
await Promise.all([pageFontFaces().catch(() => undefined), requestedLocale() === 'en' && loadEnglish()]);

keepFocus(document);
mount(App, { target: document.getElementById('app')! });

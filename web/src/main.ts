import { mount } from 'svelte';
import './ui/app.css';
import App from './app/App.svelte';
import { MODULES } from './app/modules';
import { addCatalogues, i18n } from './i18n/i18n.svelte';

for (const module of MODULES) addCatalogues(module.catalogues);
document.documentElement.lang = i18n.locale;

const target = document.getElementById('app');
if (!target) throw new Error('#app element missing from index.html');

export default mount(App, { target });

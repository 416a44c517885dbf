import { mount } from 'svelte';
import PanelsDev from './PanelsDev.svelte';
import '../src/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('panels.html lost its #app element');
mount(PanelsDev, { target });

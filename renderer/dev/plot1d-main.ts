import { mount } from 'svelte';
import Plot1dDev from './Plot1dDev.svelte';
import '../src/app.css';

const target = document.getElementById('app');
if (!target) throw new Error('plot1d.html lost its #app element');
mount(Plot1dDev, { target });

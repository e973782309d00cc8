import '@utrecht/component-library-css/dist/index.css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './ui/styles/app.css';
import { startApp } from './ui/app.ts';

// Entry point of the browser app; everything else lives in src/ui (views) and src/workers.
void startApp(document);

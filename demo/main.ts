import 'reflect-metadata';
import { serve } from '../src/bootstrap.js';
import { createDemoApp } from './demo-app.js';

// `npm start`: the service as src/main.ts starts it, with the demo seeded on an empty database
serve(createDemoApp).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

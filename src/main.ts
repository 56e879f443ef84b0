import 'reflect-metadata';
import { serve } from './bootstrap.js';

serve().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

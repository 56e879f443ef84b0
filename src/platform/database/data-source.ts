import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { typeormOptions } from './typeorm-options.js';

/**
 * For the TypeORM CLI (`npm run migration:run`, `npm run migration:generate -- migrations/Name`): needs
 * DATABASE_URL; the app itself runs migrations at boot.
 */
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL must be set for the migration CLI');

export default new DataSource(typeormOptions(url, false));

import { Global, Module, type DynamicModule } from '@nestjs/common';
import { Clock } from '../context/clock.js';
import { AppConfig } from './app-config.js';

/** Makes the validated configuration and the clock injectable everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: Clock, useValue: new Clock(config.TIME_ZONE) },
      ],
      exports: [AppConfig, Clock],
    };
  }
}

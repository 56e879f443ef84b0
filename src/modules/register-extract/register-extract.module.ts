import { Module } from '@nestjs/common';
import { RegisterExtractController } from './register-extract.controller.js';
import { RegisterExtractService } from './register-extract.service.js';

/** A person's register extract (registerutdrag): everything Brygga holds about them, as JSON and as a PDF. */
@Module({ providers: [RegisterExtractService], controllers: [RegisterExtractController] })
export class RegisterExtractModule {}

import { Module } from '@nestjs/common';
import { BoardController } from './board.controller';
import { BoardRegisterService } from './board-register.service';
import { BoardService } from './board.service';

@Module({ controllers: [BoardController], providers: [BoardRegisterService, BoardService], exports: [BoardRegisterService] })
export class BoardModule {}

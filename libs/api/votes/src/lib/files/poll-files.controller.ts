import { Controller, Get, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

/**
 * Plain HTTP downloads: option images (published polls, or any for the project group), and after
 * the count the tally and the receipt list as CSV.
 */
@Controller('api/polls')
export class PollFilesController {
  @Get(':pollId/options/:optionId/image')
  optionImage(@Param('pollId') _pollId: string, @Param('optionId') _optionId: string, @Res() res: Response): void {
    res.status(501).end();
  }

  @Get(':slug/tally.csv')
  tally(@Param('slug') _slug: string, @Res() res: Response): void {
    res.status(501).end();
  }

  @Get(':slug/receipts.csv')
  receipts(@Param('slug') _slug: string, @Res() res: Response): void {
    res.status(501).end();
  }
}

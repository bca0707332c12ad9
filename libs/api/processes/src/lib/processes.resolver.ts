import { Query, Resolver } from '@nestjs/graphql';
import { RequestLocale } from '@mitreden/api/core';
import type { Locale } from '@mitreden/shared/contracts';
import { ProcessesService } from './processes.service';
import { ProcessView } from './process.types';

@Resolver(() => ProcessView)
export class ProcessesResolver {
  constructor(private readonly processes: ProcessesService) {}

  /** Public: the process currently running, shown on the home page. */
  @Query(() => ProcessView, { nullable: true })
  currentProcess(@RequestLocale() locale: Locale): Promise<ProcessView | null> {
    return this.processes.currentProcess(locale);
  }
}

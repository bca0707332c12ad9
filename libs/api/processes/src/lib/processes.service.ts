import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { translate } from '@mitreden/api/core';
import type { Locale } from '@mitreden/shared/contracts';
import { Process } from './process.entity';
import type { ProcessView } from './graphql/process.types';

@Injectable()
export class ProcessesService {
  constructor(@InjectRepository(Process) private readonly processes: Repository<Process>) {}

  /** The process the home page shows, with its action fields, in one query. */
  async currentProcess(locale: Locale): Promise<ProcessView | null> {
    // getOne without take/skip: TypeORM then needs no second "distinct ids" query for the join.
    const process = await this.processes
      .createQueryBuilder('process')
      .leftJoinAndSelect('process.actionFields', 'field')
      .where('process.isCurrent')
      .orderBy('field.position', 'ASC')
      .getOne();
    if (!process) return null;
    // TODO(participation core): phases, forums, translations, counts.
    return {
      id: process.id,
      slug: process.slug,
      title: translate(process.title, locale),
      summary: translate(process.summary, locale),
      actionFields: (process.actionFields ?? []).map((field) => ({
        id: field.id,
        position: field.position,
        title: translate(field.title, locale),
        description: translate(field.description, locale),
        crossCutting: field.crossCutting,
      })),
    } as unknown as ProcessView;
  }
}

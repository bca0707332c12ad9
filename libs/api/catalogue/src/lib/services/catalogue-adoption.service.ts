import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { User } from '@mitreden/api/identity';
import type { CatalogueAdoptionView } from '../graphql/catalogue.types';
import type { AdoptCatalogueInput } from '../graphql/catalogue.inputs';

/**
 * Draft → adopted, and closing the loop: every author whose proposal reached a measure (directly or
 * through merges and splits) gets one `catalogue_adopted` mail per version, in their language.
 */
@Injectable()
export class CatalogueAdoption {
  constructor(private readonly dataSource: DataSource) {}

  async adopt(input: AdoptCatalogueInput, viewer: User): Promise<CatalogueAdoptionView> {
    throw new Error('not implemented');
  }
}

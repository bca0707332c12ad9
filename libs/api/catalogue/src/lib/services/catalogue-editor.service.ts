import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Locale } from '@mitreden/shared/contracts';
import type { User } from '@mitreden/api/identity';
import type { CatalogueGoalView, CatalogueMeasureView, CatalogueVersionView, CatalogueActionFieldView } from '../graphql/catalogue.types';
import type {
  CatalogueGoalInput,
  CatalogueMeasureInput,
  MeasureStatusInput,
  ReorderCatalogueFieldInput,
  StartCatalogueDraftInput,
} from '../graphql/catalogue.inputs';

/**
 * Editing a draft: goals, measures, sources, milestones, order. Every change locks the version row
 * (FOR UPDATE) so concurrent edits of one field renumber one after the other; an adopted version
 * answers CATALOGUE_ADOPTED (the database triggers refuse it too).
 */
@Injectable()
export class CatalogueEditor {
  constructor(private readonly dataSource: DataSource) {}

  async startDraft(input: StartCatalogueDraftInput, viewer: User): Promise<CatalogueVersionView> {
    throw new Error('not implemented');
  }

  async deleteDraft(versionId: string, viewer: User): Promise<boolean> {
    throw new Error('not implemented');
  }

  async saveGoal(input: CatalogueGoalInput, viewer: User, locale: Locale): Promise<CatalogueGoalView> {
    throw new Error('not implemented');
  }

  async deleteGoal(goalId: string, viewer: User): Promise<boolean> {
    throw new Error('not implemented');
  }

  async saveMeasure(input: CatalogueMeasureInput, viewer: User, locale: Locale): Promise<CatalogueMeasureView> {
    throw new Error('not implemented');
  }

  async deleteMeasure(measureId: string, viewer: User): Promise<boolean> {
    throw new Error('not implemented');
  }

  async reorderField(input: ReorderCatalogueFieldInput, viewer: User, locale: Locale): Promise<CatalogueActionFieldView> {
    throw new Error('not implemented');
  }

  async updateStatus(input: MeasureStatusInput, viewer: User, locale: Locale): Promise<CatalogueMeasureView> {
    throw new Error('not implemented');
  }
}

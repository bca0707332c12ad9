import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { translate, translatedLocale } from '@mitreden/api/core';
import { measureCode } from '@mitreden/shared/catalogue';
import type { Locale } from '@mitreden/shared/contracts';
import type { CatalogueMeasureReferenceView, ImplementationStatus } from '../graphql/catalogue.types';
import { isCatalogueId } from './catalogue-tree';

interface ReferenceRow {
  measure_id: string;
  number: number;
  text: Record<string, string>;
  status: ImplementationStatus;
  progress: number;
  field_position: number;
  field_title: Record<string, string>;
  version_number: number;
  adopted_on: string;
  council_reference: string;
}

/**
 * What became of a proposal: the measures of its process's latest adopted catalogue that it fed,
 * itself or through what it was merged or split into (lineage followed from parent to child). A
 * hidden proposal shows nothing, as it shows nothing else in public.
 */
@Injectable()
export class ProposalOutcome {
  constructor(private readonly dataSource: DataSource) {}

  async measuresFed(proposalId: string, locale: Locale): Promise<CatalogueMeasureReferenceView[]> {
    if (!isCatalogueId(proposalId)) return [];
    const rows: ReferenceRow[] = await this.dataSource.query(
      `WITH RECURSIVE descendants(id) AS (
         SELECT id FROM proposals WHERE id = $1 AND hidden_at IS NULL
         UNION
         SELECT l.child_id FROM proposal_lineage l JOIN descendants d ON l.parent_id = d.id
       ), latest AS (
         SELECT v.id, v.number, v.adopted_on, v.council_reference
           FROM catalogue_versions v JOIN proposals p ON p.process_id = v.process_id
          WHERE p.id = $1 AND v.status = 'adopted'
          ORDER BY v.number DESC LIMIT 1
       )
       SELECT DISTINCT m.id AS measure_id, m.number, m.text, m.status, m.progress,
              af.position AS field_position, af.title AS field_title,
              latest.number AS version_number, to_char(latest.adopted_on, 'YYYY-MM-DD') AS adopted_on,
              latest.council_reference
         FROM latest
         JOIN catalogue_measures m ON m.version_id = latest.id
         JOIN catalogue_measure_sources s ON s.measure_id = m.id
         JOIN descendants d ON d.id = s.proposal_id
         JOIN action_fields af ON af.id = m.action_field_id
        ORDER BY af.position, m.number`,
      [proposalId],
    );
    return rows.map((row) => ({
      measureId: row.measure_id,
      code: measureCode(row.field_position, row.number),
      text: translate(row.text, locale),
      textLocale: translatedLocale(row.text, locale),
      actionFieldPosition: row.field_position,
      actionFieldTitle: translate(row.field_title, locale),
      status: row.status,
      progress: row.progress,
      versionNumber: row.version_number,
      adoptedOn: row.adopted_on,
      councilReference: row.council_reference,
    }));
  }
}

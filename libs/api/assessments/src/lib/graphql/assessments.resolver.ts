import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequestLocale } from '@mitreden/api/core';
import { CurrentUser, Public, Roles, User } from '@mitreden/api/identity';
import type { Locale } from '@mitreden/shared/contracts';
import { AssessmentsService } from '../assessments.service';
import { AssessmentFilter, AssignAssessmentInput, RecordAssessmentInput } from './assessment.inputs';
import { AssessmentView, DepartmentAssessmentCountsView, PublicAssessmentView } from './assessment.types';

/** Department assessment (fachliche Einschätzung): assignment by the project group, recording by the department's experts. */
@Resolver()
export class AssessmentsResolver {
  constructor(private readonly service: AssessmentsService) {}

  @Roles('department_expert', 'project_group', 'admin')
  @Query(() => [AssessmentView], { description: 'Due date first; experts see their own department only' })
  assessments(
    @Args('filter', { type: () => AssessmentFilter, nullable: true }) filter: AssessmentFilter | null,
    @CurrentUser() viewer: User,
    @RequestLocale() locale: Locale,
  ): Promise<AssessmentView[]> {
    return this.service.list(filter, viewer, locale);
  }

  @Roles('department_expert', 'project_group', 'admin')
  @Query(() => AssessmentView, {
    description: 'NOT_FOUND also for another department’s assessment asked by an expert',
  })
  assessment(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() viewer: User,
    @RequestLocale() locale: Locale,
  ): Promise<AssessmentView> {
    return this.service.get(id, viewer, locale);
  }

  @Roles('department_expert', 'project_group', 'admin')
  @Query(() => [DepartmentAssessmentCountsView], { description: 'Per department and status' })
  assessmentOverview(@CurrentUser() viewer: User): Promise<DepartmentAssessmentCountsView[]> {
    return this.service.overview(viewer);
  }

  @Roles('project_group', 'admin')
  @Query(() => [String], { description: 'Departments that have at least one unblocked expert' })
  departments(): Promise<string[]> {
    return this.service.departments();
  }

  @Public()
  @Query(() => [PublicAssessmentView], { description: 'Submitted assessments of a visible proposal' })
  publicAssessments(
    @Args('proposalId', { type: () => ID }) proposalId: string,
  ): Promise<PublicAssessmentView[]> {
    return this.service.publicFor(proposalId);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => AssessmentView, { description: 'CONFLICT if that department already has this proposal' })
  assignAssessment(
    @Args('input') input: AssignAssessmentInput,
    @CurrentUser() viewer: User,
    @RequestLocale() locale: Locale,
  ): Promise<AssessmentView> {
    return this.service.assign(input, viewer, locale);
  }

  @Roles('project_group', 'admin')
  @Mutation(() => Boolean, { description: 'Only while not submitted' })
  unassignAssessment(
    @Args('id', { type: () => ID }) id: string,
    @CurrentUser() viewer: User,
  ): Promise<boolean> {
    return this.service.unassign(id, viewer);
  }

  @Roles('department_expert')
  @Mutation(() => AssessmentView, {
    description: 'Experts of the assigned department only; a submitted assessment can still be corrected',
  })
  recordAssessment(
    @Args('input') input: RecordAssessmentInput,
    @CurrentUser() viewer: User,
    @RequestLocale() locale: Locale,
  ): Promise<AssessmentView> {
    return this.service.record(input, viewer, locale);
  }
}

import { Injectable } from '@nestjs/common';
import type { User } from '@mitreden/api/identity';
import type { PollInput, PollOptionImageInput } from '../graphql/poll.inputs';
import type { GeneratedVotingCodes, ManagedPollOption, ManagedPollView } from '../graphql/poll.types';

/** The project group's poll management; every change is written to the audit log. */
@Injectable()
export class PollAdminService {
  list(): Promise<ManagedPollView[]> {
    throw new Error('not implemented');
  }

  get(_id: string): Promise<ManagedPollView | null> {
    throw new Error('not implemented');
  }

  save(_input: PollInput, _viewer: User): Promise<ManagedPollView> {
    throw new Error('not implemented');
  }

  setImage(_input: PollOptionImageInput, _viewer: User): Promise<ManagedPollOption> {
    throw new Error('not implemented');
  }

  delete(_id: string, _viewer: User): Promise<boolean> {
    throw new Error('not implemented');
  }

  publish(_id: string, _viewer: User): Promise<ManagedPollView> {
    throw new Error('not implemented');
  }

  closeNow(_id: string, _viewer: User): Promise<ManagedPollView> {
    throw new Error('not implemented');
  }

  generateCodes(_pollId: string, _count: number, _viewer: User): Promise<GeneratedVotingCodes> {
    throw new Error('not implemented');
  }
}

import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { Public } from '@mitreden/api/identity';
import { TurnoutService } from '../turnout/turnout.service';
import { PollTurnout } from './poll.types';

@Resolver()
export class TurnoutResolver {
  constructor(private readonly turnout: TurnoutService) {}

  @Public()
  @Subscription(() => PollTurnout, {
    description: 'Voters so far, pushed (at most a few times a second) while a published poll is open; over graphql-ws at /graphql',
    resolve: (payload: { pollTurnout: PollTurnout }) => payload.pollTurnout,
  })
  pollTurnout(@Args('pollId', { type: () => ID }) pollId: string): Promise<AsyncIterator<{ pollTurnout: PollTurnout }>> {
    return this.turnout.subscribe(pollId);
  }
}

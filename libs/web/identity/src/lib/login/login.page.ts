import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatInput, MatLabel, MatSuffix } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { provideTranslocoScope, TranslocoDirective } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { EMAIL_MAX } from '@mitreden/shared/contracts';
import { FieldErrorPipe, FormController, FormStatusComponent, LoginGQL, PasswordToggleComponent, safeReturnUrl, SessionService } from '@mitreden/web/core';

@Component({
  selector: 'mr-login-page',
  imports: [
    FieldErrorPipe,
    FormStatusComponent,
    MatButton,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    MatSuffix,
    PasswordToggleComponent,
    ReactiveFormsModule,
    RouterLink,
    TranslocoDirective,
  ],
  providers: [provideTranslocoScope('identity')],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login.page.html',
})
export class LoginPage {
  /** Query parameter set by the guards and the header's login link. */
  readonly returnUrl = input<string | undefined>();

  private readonly login = inject(LoginGQL);
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  protected readonly controller = new FormController();
  protected readonly needsConfirmation = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(EMAIL_MAX)]],
    password: ['', [Validators.required]],
  });

  protected submit(): Promise<void> {
    const { email, password } = this.form.getRawValue();
    const input = { email: email.trim(), password };
    return this.controller.submit(this.form, () => firstValueFrom(this.login.mutate({ variables: { input } })), {
      done: async (result) => {
        this.needsConfirmation.set(false);
        const user = result.data?.login;
        if (!user) throw new Error('login returned no user');
        await this.session.startSession(user);
        await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      },
      failed: (error) => this.needsConfirmation.set(error.code === 'EMAIL_NOT_CONFIRMED'),
    });
  }
}

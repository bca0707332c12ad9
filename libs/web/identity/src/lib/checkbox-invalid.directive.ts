import { Directive, ElementRef, afterRenderEffect, inject, input } from '@angular/core';

/**
 * Marks a mat-checkbox's native input as invalid and points it at its error message. mat-checkbox
 * has no error state of its own (no aria-invalid, and its aria-describedby input cannot be unset).
 * `[aria-invalid="true"]` is also what focusFirstInvalidField looks for. Written in the render's
 * write phase, before the form's focus callback runs.
 */
@Directive({ selector: 'mat-checkbox[mrInvalid]' })
export class CheckboxInvalidDirective {
  readonly mrInvalid = input.required<boolean>();
  /** Id of the element that explains the error, shown only while invalid. */
  readonly mrErrorId = input.required<string>();
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  constructor() {
    afterRenderEffect({
      write: () => {
        const invalid = this.mrInvalid();
        const errorId = this.mrErrorId();
        const checkbox = this.host.nativeElement.querySelector('input[type="checkbox"]');
        if (!checkbox) return;
        if (invalid) {
          checkbox.setAttribute('aria-invalid', 'true');
          checkbox.setAttribute('aria-describedby', errorId);
        } else {
          checkbox.removeAttribute('aria-invalid');
          checkbox.removeAttribute('aria-describedby');
        }
      },
    });
  }
}

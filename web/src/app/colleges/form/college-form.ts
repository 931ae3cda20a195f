import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { College, CollegeRequest } from '@concerto/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import type { Observable } from 'rxjs';
import { type ErrorView, toErrorView } from '../../core/http/api-error';
import { ErrorMessage } from '../../core/ui/error-message';
import { FieldError, fieldAria } from '../../core/ui/field-error';
import { CollegesApi } from '../colleges.api';
import { FocusFirstError } from '../../core/ui/focus';

/** Create a college (/colleges/new) or edit one (/colleges/:id/edit). */
@Component({
  selector: 'app-college-form',
  imports: [ReactiveFormsModule, RouterLink, TranslatePipe, ErrorMessage, FieldError, FocusFirstError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './college-form.html',
})
export class CollegeForm implements OnInit {
  private readonly api = inject(CollegesApi);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  readonly id = input<string>();

  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: ['', Validators.required],
    nameFr: ['', Validators.required],
    nameEn: ['', Validators.required],
    seatCount: [0, [Validators.required, Validators.min(0)]],
    sortOrder: [0],
  });
  protected readonly error = signal<ErrorView | null>(null);
  protected readonly busy = signal(false);
  protected readonly notFound = signal(false);
  protected readonly aria = fieldAria;

  ngOnInit(): void {
    const id = this.id();
    if (!id) return;
    this.api.list().pipe(takeUntilDestroyed(this.destroyRef)).subscribe({
      next: (colleges) => {
        const college = colleges.find((c) => c.id === id);
        if (college) this.form.reset({ code: college.code, nameFr: college.nameFr, nameEn: college.nameEn, seatCount: college.seatCount, sortOrder: college.sortOrder });
        else this.notFound.set(true);
      },
      error: (err: unknown) => this.error.set(toErrorView(err)),
    });
  }

  protected submit(): void {
    const id = this.id();
    const v = this.form.getRawValue();
    const body: CollegeRequest = { code: v.code.trim(), nameFr: v.nameFr.trim(), nameEn: v.nameEn.trim(), seatCount: Number(v.seatCount), sortOrder: Number(v.sortOrder) };
    const call: Observable<College> = id ? this.api.update(id, body) : this.api.create(body);
    this.busy.set(true);
    this.error.set(null);
    call.subscribe({
      next: () => void this.router.navigate(['/colleges']),
      error: (err: unknown) => {
        this.busy.set(false);
        this.error.set(toErrorView(err));
      },
    });
  }
}

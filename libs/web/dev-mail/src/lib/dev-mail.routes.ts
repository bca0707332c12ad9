import { inject } from '@angular/core';
import type { CanMatchFn, Routes } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { DevMailViewerEnabledGQL } from '@mitreden/web/core';
import { DevMailPageComponent } from './dev-mail-page.component';

/** The viewer exists only where the API says so (development with the mail sink); elsewhere the URL is a 404. */
export const devMailViewerEnabled: CanMatchFn = async () => {
  try {
    const result = await firstValueFrom(inject(DevMailViewerEnabledGQL).fetch({ fetchPolicy: 'network-only' }));
    return result.data?.appInfo.devMailViewer === true;
  } catch {
    return false;
  }
};

export const devMailRoutes: Routes = [
  { path: '', component: DevMailPageComponent, title: 'titles.devMails', canMatch: [devMailViewerEnabled] },
];

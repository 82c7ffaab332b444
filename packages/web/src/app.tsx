import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { SessionProvider } from './api/session-context.js';
import { SiteLayout } from './components/site-layout.js';
import { VisitorCountryProvider } from './help/visitor-country-context.js';
import { I18nProvider, useI18n } from './i18n/i18n-context.js';
import { HomePage } from './pages/home-page.js';

// Every page but the home page is its own chunk, so the first page loads only what it shows.
const CountriesPage = lazy(() => import('./pages/countries-page.js'));
const CountryPage = lazy(() => import('./pages/country-page.js'));
const HotlinesPage = lazy(() => import('./pages/hotlines-page.js'));
const GrantsPage = lazy(() => import('./pages/grants-page.js'));
const ReportsPage = lazy(() => import('./pages/reports-page.js'));
const NewsPage = lazy(() => import('./pages/news-page.js'));
const SearchPage = lazy(() => import('./pages/search-page.js'));
const DataPage = lazy(() => import('./pages/data-page.js'));
const MatchPage = lazy(() => import('./pages/match-page.js'));
const SignInPage = lazy(() => import('./workspace/sign-in-page.js'));
const WorkspacePage = lazy(() => import('./workspace/workspace-page.js'));
const UsersPage = lazy(() => import('./workspace/users-page.js'));
const PasswordPage = lazy(() => import('./workspace/password-page.js'));
const AlertsPage = lazy(() => import('./workspace/alerts-page.js'));
const ContentPage = lazy(() => import('./workspace/content-page.js'));
const ScreeningsPage = lazy(() => import('./workspace/screenings-page.js'));
const ScreeningPage = lazy(() => import('./workspace/screening-page.js'));
const NotFoundPage = lazy(() => import('./pages/not-found-page.js'));

function Loading() {
  const { t } = useI18n();
  return (
    <p role="status" data-loading="true">
      {t('common.loading')}
    </p>
  );
}

export function App() {
  return (
    <I18nProvider>
      <VisitorCountryProvider>
        <SessionProvider>
          <SiteLayout>
            <Suspense fallback={<Loading />}>
              <Switch>
                <Route path="/" component={HomePage} />
                <Route path="/countries" component={CountriesPage} />
                <Route path="/countries/:iso3" component={CountryPage} />
                <Route path="/hotlines" component={HotlinesPage} />
                <Route path="/grants" component={GrantsPage} />
                <Route path="/reports" component={ReportsPage} />
                <Route path="/news" component={NewsPage} />
                <Route path="/search" component={SearchPage} />
                <Route path="/data" component={DataPage} />
                <Route path="/match" component={MatchPage} />
                <Route path="/sign-in" component={SignInPage} />
                <Route path="/workspace" component={WorkspacePage} />
                <Route path="/workspace/users" component={UsersPage} />
                <Route path="/workspace/password" component={PasswordPage} />
                <Route path="/workspace/screenings" component={ScreeningsPage} />
                <Route path="/workspace/content" component={ContentPage} />
                <Route path="/workspace/alerts" component={AlertsPage} />
                <Route path="/workspace/screenings/:id" component={ScreeningPage} />
                <Route component={NotFoundPage} />
              </Switch>
            </Suspense>
          </SiteLayout>
        </SessionProvider>
      </VisitorCountryProvider>
    </I18nProvider>
  );
}

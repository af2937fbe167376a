import { createBrowserRouter } from "react-router";
import { AppLayout } from "./components/layout/app-layout.js";
import { AccountPage } from "./routes/account.js";
import { AuditPage } from "./routes/audit.js";
import { Loading } from "./components/loading.js";
import { DataTransferPage } from "./routes/data-transfer.js";
import { HomePage } from "./routes/home.js";
import { MemberInvolvementPage } from "./routes/member-involvement.js";
import { NotFoundPage } from "./routes/not-found.js";
import { OrganizationDetailPage } from "./routes/organization-detail.js";
import { OrganizationEditPage, OrganizationNewPage } from "./routes/organization-edit.js";
import { OrganizationsListPage } from "./routes/organizations-list.js";
import { PartnershipDetailPage } from "./routes/partnership-detail.js";
import { PartnershipEditPage, PartnershipNewPage } from "./routes/partnership-edit.js";
import { PartnershipsListPage } from "./routes/partnerships-list.js";
import { ProgramDetailPage } from "./routes/program-detail.js";
import { ProgramsListPage } from "./routes/programs-list.js";
import { SignInPage } from "./routes/sign-in.js";
import { AcceptInvitationPage } from "./routes/accept-invitation.js";
import { ForgotPasswordPage } from "./routes/forgot-password.js";
import { InvitePage } from "./routes/invite.js";
import { OutboxPage } from "./routes/outbox.js";
import { ResetPasswordPage } from "./routes/reset-password.js";
import { UserDetailPage } from "./routes/user-detail.js";
import { UsersListPage } from "./routes/users-list.js";
import { MeetingDetailPage } from "./routes/meeting-detail.js";
import { PartnershipAccountabilityPage } from "./routes/partnership-accountability.js";
import { PartnershipCharterPage } from "./routes/partnership-charter.js";
import { PartnershipCommitmentsPage } from "./routes/partnership-commitments.js";
import { PartnershipCommunicationsPage } from "./routes/partnership-communications.js";
import { PartnershipMeetingsPage } from "./routes/partnership-meetings.js";
import { PartnershipPlanPage } from "./routes/partnership-plan.js";
import { UnsubscribePage } from "./routes/unsubscribe.js";
import { SurveyResponsePage } from "./routes/survey-response.js";
import { PartnershipSurveysPage } from "./routes/partnership-surveys.js";
import { SurveyRoundPage } from "./routes/survey-round.js";
import { ProgramSurveysPage } from "./routes/program-surveys.js";
import { InstrumentsListPage } from "./routes/instruments-list.js";
import { InstrumentDetailPage } from "./routes/instrument-detail.js";
import { ActionSuggestionsPage } from "./routes/action-suggestions.js";

export function createRouter() {
  return createBrowserRouter([
    { path: "/sign-in", element: <SignInPage />, hydrateFallbackElement: <Loading h="100vh" /> },
    { path: "/forgot-password", element: <ForgotPasswordPage /> },
    { path: "/reset-password", element: <ResetPasswordPage /> },
    { path: "/accept-invitation", element: <AcceptInvitationPage /> },
    { path: "/unsubscribe", element: <UnsubscribePage /> },
    { path: "/respond/:token", element: <SurveyResponsePage /> },
    {
      element: <AppLayout />,
      // Shown while a lazy page (the reports) loads on first visit; without it react-router warns in every console.
      hydrateFallbackElement: <Loading h="100vh" />,
      children: [
        { index: true, element: <HomePage /> },
        { path: "organizations", element: <OrganizationsListPage /> },
        { path: "organizations/new", element: <OrganizationNewPage /> },
        { path: "organizations/:id", element: <OrganizationDetailPage /> },
        { path: "organizations/:id/edit", element: <OrganizationEditPage /> },
        { path: "partnerships", element: <PartnershipsListPage /> },
        { path: "partnerships/new", element: <PartnershipNewPage /> },
        { path: "partnerships/:id", element: <PartnershipDetailPage /> },
        { path: "partnerships/:id/edit", element: <PartnershipEditPage /> },
        { path: "partnerships/:id/members/:membershipId/involvement", element: <MemberInvolvementPage /> },
        { path: "partnerships/:id/charter", element: <PartnershipCharterPage /> },
        { path: "partnerships/:id/plan", element: <PartnershipPlanPage /> },
        { path: "partnerships/:id/commitments", element: <PartnershipCommitmentsPage /> },
        { path: "partnerships/:id/accountability", element: <PartnershipAccountabilityPage /> },
        { path: "partnerships/:id/meetings", element: <PartnershipMeetingsPage /> },
        { path: "partnerships/:id/meetings/:meetingId", element: <MeetingDetailPage /> },
        { path: "partnerships/:id/communications", element: <PartnershipCommunicationsPage /> },
        { path: "partnerships/:id/surveys", element: <PartnershipSurveysPage /> },
        { path: "surveys/:roundId", element: <SurveyRoundPage /> },
        { path: "programs", element: <ProgramsListPage /> },
        { path: "programs/:id", element: <ProgramDetailPage /> },
        { path: "programs/:id/surveys", element: <ProgramSurveysPage /> },
        // The reports page brings the charting library: it is fetched the first time it is opened.
        { path: "reports", lazy: async () => ({ Component: (await import("./routes/reports.js")).ReportsPage }) },
        { path: "data", element: <DataTransferPage /> },
        { path: "admin/outbox", element: <OutboxPage /> },
        { path: "admin/invite", element: <InvitePage /> },
        { path: "admin/instruments", element: <InstrumentsListPage /> },
        { path: "admin/instruments/:id", element: <InstrumentDetailPage /> },
        { path: "admin/suggestions", element: <ActionSuggestionsPage /> },
        { path: "users", element: <UsersListPage /> },
        { path: "users/:id", element: <UserDetailPage /> },
        { path: "account", element: <AccountPage /> },
        { path: "audit", element: <AuditPage /> },
        { path: "*", element: <NotFoundPage /> },
      ],
    },
  ]);
}

import { graphql, type ResultOf } from '../../platform/graphql';

export const UsersQuery = graphql(`
  query AdminUsers {
    users {
      id
      name
      username
      email
      roles
      active
      organisation {
        id
        name
      }
    }
    organisations {
      id
      name
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      name
    }
  }
`);

export const SetUserRolesMutation = graphql(`
  mutation AdminSetUserRoles($input: SetUserRolesInput!) {
    setUserRoles(input: $input) {
      id
      roles
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation AdminDeactivateUser($userId: ID!) {
    deactivateUser(userId: $userId) {
      id
      active
    }
  }
`);

export const TeamsQuery = graphql(`
  query AdminTeams {
    viewer {
      organisationId
    }
    teams {
      id
      name
      organisationId
      sectorId
      members {
        userId
        role
        user {
          name
          username
        }
      }
    }
    sectors {
      id
      name
    }
    users {
      id
      name
      username
      roles
      active
      organisation {
        id
      }
    }
  }
`);

export const CreateTeamMutation = graphql(`
  mutation AdminCreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
    }
  }
`);

export const SetTeamMemberMutation = graphql(`
  mutation AdminSetTeamMember($input: TeamMemberInput!) {
    setTeamMember(input: $input) {
      id
    }
  }
`);

export const RemoveTeamMemberMutation = graphql(`
  mutation AdminRemoveTeamMember($teamId: ID!, $userId: ID!) {
    removeTeamMember(teamId: $teamId, userId: $userId) {
      id
    }
  }
`);

export const TaxonomyStatusQuery = graphql(`
  query AdminTaxonomyStatus {
    taxonomyStatus {
      lastChangedAt
      concepts
      relations
      types {
        type
        count
      }
    }
  }
`);

export const ImportTaxonomyMutation = graphql(`
  mutation AdminImportTaxonomy {
    importTaxonomy
  }
`);

export const FailedJobsQuery = graphql(`
  query AdminFailedJobs {
    failedJobs(limit: 100) {
      id
      name
      attempts
      reason
      failedAt
    }
    queueBoardPath
  }
`);

export const RetentionQuery = graphql(`
  query AdminRetention {
    retentionRules {
      id
      principalId
      principalName
      kind
      years
      exemptBirthDays
      legalNote
      confirmed
      updatedAt
      version
      updatedBy {
        name
      }
    }
  }
`);

export const RetentionReportsQuery = graphql(`
  query AdminRetentionReports($principalId: ID!) {
    retentionReports(principalId: $principalId, limit: 20) {
      totalCount
      items {
        id
        ranAt
        dryRun
        trigger
        ranByName
        reason
        counts {
          kind
          count
        }
      }
    }
  }
`);

export const PreviewRetentionQuery = graphql(`
  query AdminPreviewRetention($principalId: ID!) {
    previewRetention(principalId: $principalId) {
      asOf
      counts {
        kind
        count
      }
      people {
        candidateId
        lastPeriodEndedOn
      }
    }
  }
`);

export const SetRetentionRuleMutation = graphql(`
  mutation AdminSetRetentionRule($input: SetRetentionRuleInput!) {
    setRetentionRule(input: $input) {
      id
      years
      exemptBirthDays
      legalNote
      confirmed
      version
    }
  }
`);

export const RunRetentionMutation = graphql(`
  mutation AdminRunRetention($principalId: ID!) {
    runRetention(principalId: $principalId) {
      id
      counts {
        kind
        count
      }
    }
  }
`);

export type AdminUser = ResultOf<typeof UsersQuery>['users'][number];
export type AdminTeam = ResultOf<typeof TeamsQuery>['teams'][number];
export type TeamCandidateUser = ResultOf<typeof TeamsQuery>['users'][number];

/** The roles, in the order the forms offer them (the API's Role enum). */
export const ROLES = [
  'LABOUR_MARKET_SECRETARY',
  'RECRUITER',
  'BUSINESS_DEVELOPER',
  'CAREER_COUNSELLOR',
  'TEACHER',
  'MANAGER',
  'PRINCIPAL_REVIEWER',
  'ADMINISTRATOR',
] as const;
export type RoleValue = (typeof ROLES)[number];

/**
 * What a new GraphiQL tab holds: logging in as a demo user (README, "Demo users") and, once the token is in the
 * headers, a first question to ask.
 */
export const DEFAULT_QUERY = `# Brygga's GraphQL API
#
# 1. Run "Login" with the ▶ button. Every demo user's
#    password is brygga-demo; the README lists the users
#    and their roles (bd1, recruiter1, manager1, ...).
# 2. Put the accessToken in the Headers tab below:
#    {"Authorization": "Bearer <accessToken>"}
# 3. Run "FollowUpsDue", or anything from the Docs
#    (the top button on the left).

mutation Login {
  login(input: { username: "bd1", password: "brygga-demo" }) {
    accessToken
    expiresAt
  }
}

query FollowUpsDue {
  myFollowUpsDue(withinDays: 7) {
    totalCount
    items {
      nextFollowUpOn
      summary
      employer { name municipality { label } }
    }
  }
}
`;

export const DEFAULT_HEADERS = `// Paste the accessToken from the login mutation:
// {"Authorization": "Bearer <accessToken>"}
{}
`;

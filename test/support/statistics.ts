/** Every figure of a statistics row, as the specs that compare figures select them. */
export const STATISTICS_ROW = `key label total enrolled newlyEnrolled exits
  exitsByReason { reason count }
  exitsByOutcome { work studies other workPending settled }
  shareOfEnrolled { numerator denominator fraction percent }
  shareOfExits { numerator denominator fraction percent }
  openAtEnd currentPlan { numerator denominator percent } overdueFollowUps
  workingDaysToPlan { count median mean targetWorkingDays withinTarget { numerator denominator percent } }
  workingDaysToSector { count median mean targetWorkingDays withinTarget { numerator denominator percent } }
  monthly { month from to enrolled newlyEnrolled exited exitsToWorkOrStudies }
  economy { aidReducedPerMonth taxIncreasePerMonth programmeCost }`;

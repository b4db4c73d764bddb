/** Cookie holding the name a planner gives for checklist ticks (until sign-in exists). */
export const NAME_COOKIE = "planner-name";

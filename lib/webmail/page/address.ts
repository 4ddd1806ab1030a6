/** One address, nothing a recipient field would split into several (`a@b.c`, no spaces, commas or brackets). */
export const ADDRESS = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

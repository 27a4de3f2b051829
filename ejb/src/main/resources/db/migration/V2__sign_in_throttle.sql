-- Failed sign-ins are counted per account; five in a row lock it for a while (SignInThrottle).
alter table staff_user add column failed_sign_ins integer default 0 not null;
alter table staff_user add column locked_until timestamp with time zone;

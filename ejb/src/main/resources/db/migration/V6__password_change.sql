-- A password set by an administrator must be changed by its owner at the next sign-in.
alter table staff_user add column must_change_password boolean default false not null;

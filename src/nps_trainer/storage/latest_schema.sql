-- The latest schema of an NPS Trainer database, as its migrations make it. Written by
-- `python -m nps_trainer.storage.schema_image`; do not edit by hand.
BEGIN IMMEDIATE;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0009');
CREATE TABLE assignments (
	id INTEGER NOT NULL, 
	item_type VARCHAR(20) NOT NULL, 
	item_id VARCHAR(100) NOT NULL, 
	target_type VARCHAR(20) NOT NULL, 
	target VARCHAR(100) NOT NULL, 
	due_on DATE NOT NULL, 
	assigned_by INTEGER, 
	created_at DATETIME NOT NULL, 
	cancelled_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(assigned_by) REFERENCES profiles (id) ON DELETE SET NULL
);
CREATE TABLE audit_log (
	id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	profile_id INTEGER, 
	action VARCHAR(60) NOT NULL, 
	object_type VARCHAR(60) NOT NULL, 
	object_id VARCHAR(100), 
	detail TEXT NOT NULL, prev_hash VARCHAR(64), entry_hash VARCHAR(64), 
	PRIMARY KEY (id), 
	FOREIGN KEY(profile_id) REFERENCES profiles (id) ON DELETE SET NULL
);
CREATE TABLE certificates (
	id INTEGER NOT NULL, 
	code VARCHAR(20) NOT NULL, 
	profile_id INTEGER, 
	item_type VARCHAR(20) NOT NULL, 
	item_id VARCHAR(100) NOT NULL, 
	facts JSON NOT NULL, 
	key_id VARCHAR(16) NOT NULL, 
	signature BLOB NOT NULL, 
	issued_at DATETIME NOT NULL, 
	issued_by INTEGER, 
	revoked_at DATETIME, 
	revoked_by INTEGER, 
	revoke_reason TEXT, 
	PRIMARY KEY (id), 
	UNIQUE (code), 
	FOREIGN KEY(profile_id) REFERENCES profiles (id) ON DELETE SET NULL, 
	FOREIGN KEY(key_id) REFERENCES signing_keys (key_id), 
	FOREIGN KEY(issued_by) REFERENCES profiles (id) ON DELETE SET NULL, 
	FOREIGN KEY(revoked_by) REFERENCES profiles (id) ON DELETE SET NULL
);
CREATE TABLE joint_session_amendments (
	id INTEGER NOT NULL, 
	session_id INTEGER NOT NULL, 
	profile_id INTEGER, 
	by_name VARCHAR(80) NOT NULL, 
	at DATETIME NOT NULL, 
	reason TEXT NOT NULL, 
	changes JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(session_id) REFERENCES joint_sessions (id) ON DELETE CASCADE, 
	FOREIGN KEY(profile_id) REFERENCES profiles (id) ON DELETE SET NULL
);
CREATE TABLE joint_session_attendees (
	id INTEGER NOT NULL, 
	session_id INTEGER NOT NULL, 
	profile_id INTEGER, 
	name VARCHAR(80) NOT NULL, 
	side VARCHAR(20) NOT NULL, 
	organisation VARCHAR(120) NOT NULL, 
	role VARCHAR(80) NOT NULL, 
	guest BOOLEAN NOT NULL, 
	stayed_throughout BOOLEAN NOT NULL, 
	added_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(session_id) REFERENCES joint_sessions (id) ON DELETE CASCADE, 
	FOREIGN KEY(profile_id) REFERENCES profiles (id) ON DELETE SET NULL
);
CREATE TABLE joint_session_reflections (
	session_id INTEGER NOT NULL, 
	profile_id INTEGER NOT NULL, 
	text TEXT NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (session_id, profile_id), 
	FOREIGN KEY(session_id) REFERENCES joint_sessions (id) ON DELETE CASCADE, 
	FOREIGN KEY(profile_id) REFERENCES profiles (id) ON DELETE CASCADE
);
CREATE TABLE joint_session_steps (
	id INTEGER NOT NULL, 
	session_id INTEGER NOT NULL, 
	step_index INTEGER NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	title VARCHAR(200) NOT NULL, 
	seconds INTEGER NOT NULL, 
	first_shown_at DATETIME, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_joint_session_steps_step UNIQUE (session_id, step_index), 
	FOREIGN KEY(session_id) REFERENCES joint_sessions (id) ON DELETE CASCADE
);
CREATE TABLE joint_session_votes (
	id INTEGER NOT NULL, 
	session_id INTEGER NOT NULL, 
	step_index INTEGER NOT NULL, 
	question_id VARCHAR(100) NOT NULL, 
	node_id VARCHAR(100) NOT NULL, 
	prompt TEXT NOT NULL, 
	options JSON NOT NULL, 
	tallies JSON NOT NULL, 
	agreed JSON NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_joint_session_votes_node UNIQUE (session_id, step_index, node_id), 
	FOREIGN KEY(session_id) REFERENCES joint_sessions (id) ON DELETE CASCADE
);
CREATE TABLE joint_sessions (
	id INTEGER NOT NULL, 
	plan_id VARCHAR(100) NOT NULL, 
	plan_version VARCHAR(20) NOT NULL, 
	plan_title VARCHAR(200) NOT NULL, 
	plan_snapshot JSON NOT NULL, 
	held_on DATE NOT NULL, 
	place VARCHAR(200) NOT NULL, 
	facilitator_id INTEGER, 
	facilitator_name VARCHAR(80) NOT NULL, 
	co_facilitators JSON NOT NULL, 
	status VARCHAR(12) NOT NULL, 
	current_step INTEGER NOT NULL, 
	step_entered_at DATETIME, 
	room_state JSON NOT NULL, 
	started_at DATETIME NOT NULL, 
	ended_at DATETIME, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(facilitator_id) REFERENCES profiles (id) ON DELETE SET NULL
);
CREATE TABLE "module_progress" (
	id INTEGER NOT NULL, 
	profile_id INTEGER NOT NULL, 
	module_id VARCHAR(100) NOT NULL, 
	progress FLOAT NOT NULL, 
	last_section VARCHAR(200), 
	completed_at DATETIME, 
	version_completed VARCHAR(20), 
	updated_at DATETIME NOT NULL, 
	sections_seen JSON DEFAULT '[]' NOT NULL, 
	reflection_learnt TEXT, 
	reflection_use TEXT, 
	sections_credited JSON DEFAULT '[]' NOT NULL, 
	completed_unread BOOLEAN DEFAULT 0 NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_module_progress_profile_module UNIQUE (profile_id, module_id), 
	FOREIGN KEY(profile_id) REFERENCES profiles (id) ON DELETE CASCADE
);
CREATE TABLE module_visits (
	id INTEGER NOT NULL, 
	profile_id INTEGER NOT NULL, 
	module_id VARCHAR(100) NOT NULL, 
	module_version VARCHAR(20) NOT NULL, 
	started_at DATETIME NOT NULL, 
	ended_at DATETIME, 
	seconds INTEGER NOT NULL, 
	sections_seen JSON NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(profile_id) REFERENCES profiles (id) ON DELETE CASCADE
);
CREATE TABLE "profile_keys" (
	profile_id INTEGER NOT NULL, 
	kdf JSON NOT NULL, 
	salt BLOB NOT NULL, 
	verifier BLOB NOT NULL, 
	created_at DATETIME NOT NULL, 
	key_check VARCHAR(64), 
	public_key BLOB, 
	private_key_cipher BLOB, 
	failed_attempts INTEGER DEFAULT '0' NOT NULL, 
	retry_after DATETIME, 
	must_change_passphrase BOOLEAN DEFAULT 0 NOT NULL, 
	PRIMARY KEY (profile_id), 
	FOREIGN KEY(profile_id) REFERENCES profiles (id) ON DELETE CASCADE
);
CREATE TABLE "profiles" (
	id INTEGER NOT NULL, 
	display_name VARCHAR(80) NOT NULL, 
	role VARCHAR(40) NOT NULL, 
	created_at DATETIME NOT NULL, 
	last_used_at DATETIME, 
	uid VARCHAR(36) NOT NULL, 
	organisation VARCHAR(20) DEFAULT 'probation' NOT NULL, 
	team VARCHAR(80) DEFAULT ('') NOT NULL, 
	archived_at DATETIME, 
	learning_erased_at DATETIME, setup_code_hash VARCHAR(64), setup_code_expires DATETIME, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_profiles_uid UNIQUE (uid)
);
CREATE TABLE "quiz_answers" (
	id INTEGER NOT NULL, 
	attempt_id INTEGER NOT NULL, 
	question_id VARCHAR(100) NOT NULL, 
	answer JSON, 
	score FLOAT NOT NULL, 
	seconds FLOAT NOT NULL, 
	answered_at DATETIME NOT NULL, certainty INTEGER, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_quiz_answers_attempt_question UNIQUE (attempt_id, question_id), 
	FOREIGN KEY(attempt_id) REFERENCES quiz_attempts (id) ON DELETE CASCADE
);
CREATE TABLE quiz_attempts (
	id INTEGER NOT NULL, 
	profile_id INTEGER NOT NULL, 
	quiz_id VARCHAR(100) NOT NULL, 
	quiz_version VARCHAR(20) NOT NULL, 
	mode VARCHAR(20) NOT NULL, 
	started_at DATETIME NOT NULL, 
	finished_at DATETIME, 
	score FLOAT, 
	passed BOOLEAN, pass_mark FLOAT, state JSON, 
	PRIMARY KEY (id), 
	FOREIGN KEY(profile_id) REFERENCES profiles (id) ON DELETE CASCADE
);
CREATE TABLE recovery_keys (
	key_id VARCHAR(16) NOT NULL, 
	scope VARCHAR(16) DEFAULT 'organisation' NOT NULL, 
	public_key BLOB NOT NULL, 
	kdf JSON NOT NULL, 
	salt BLOB NOT NULL, 
	wrapped_key BLOB NOT NULL, 
	private_key_cipher BLOB NOT NULL, 
	created_at DATETIME NOT NULL, 
	created_by INTEGER, 
	retired_at DATETIME, 
	PRIMARY KEY (key_id), 
	FOREIGN KEY(created_by) REFERENCES profiles (id) ON DELETE SET NULL
);
CREATE TABLE refresher_cards (
	id INTEGER NOT NULL, 
	profile_id INTEGER NOT NULL, 
	quiz_id VARCHAR(100) NOT NULL, 
	question_id VARCHAR(100) NOT NULL, 
	card JSON NOT NULL, 
	due DATETIME NOT NULL, 
	last_review DATETIME, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	CONSTRAINT uq_refresher_cards_question UNIQUE (profile_id, quiz_id, question_id), 
	FOREIGN KEY(profile_id) REFERENCES profiles (id) ON DELETE CASCADE
);
CREATE TABLE refresher_reviews (
	id INTEGER NOT NULL, 
	profile_id INTEGER NOT NULL, 
	quiz_id VARCHAR(100) NOT NULL, 
	question_id VARCHAR(100) NOT NULL, 
	rating INTEGER NOT NULL, 
	correct BOOLEAN NOT NULL, 
	certainty INTEGER, 
	source VARCHAR(20) NOT NULL, 
	reviewed_at DATETIME NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(profile_id) REFERENCES profiles (id) ON DELETE CASCADE
);
CREATE TABLE screening_amendments (
	id INTEGER NOT NULL, 
	record_id INTEGER NOT NULL, 
	profile_id INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	reason_cipher BLOB NOT NULL, 
	changes_cipher BLOB NOT NULL, 
	PRIMARY KEY (id), 
	FOREIGN KEY(record_id) REFERENCES screening_records (id) ON DELETE CASCADE, 
	FOREIGN KEY(profile_id) REFERENCES profiles (id) ON DELETE CASCADE
);
CREATE TABLE screening_records (
	id INTEGER NOT NULL, 
	profile_id INTEGER NOT NULL, 
	form_id VARCHAR(100) NOT NULL, 
	form_version VARCHAR(20) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, finalised_at DATETIME, case_ref_cipher BLOB, case_ref_index VARCHAR(64), answers_cipher BLOB, month VARCHAR(7), categories JSON DEFAULT '{}' NOT NULL, flags JSON DEFAULT '[]' NOT NULL, key_sealed BLOB, key_sealed_recovery BLOB, recovery_key_id VARCHAR(16), key_lost_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(profile_id) REFERENCES profiles (id) ON DELETE CASCADE
);
CREATE TABLE signing_key_shares (
	key_id VARCHAR(16) NOT NULL, 
	profile_id INTEGER NOT NULL, 
	sealed BLOB NOT NULL, 
	PRIMARY KEY (key_id, profile_id), 
	FOREIGN KEY(key_id) REFERENCES signing_keys (key_id) ON DELETE CASCADE, 
	FOREIGN KEY(profile_id) REFERENCES profiles (id) ON DELETE CASCADE
);
CREATE TABLE signing_keys (
	key_id VARCHAR(16) NOT NULL, 
	public_key BLOB NOT NULL, 
	created_at DATETIME NOT NULL, 
	retired_at DATETIME, 
	PRIMARY KEY (key_id)
);
CREATE TABLE xapi_actor_links (
	account_name VARCHAR(200) NOT NULL, 
	profile_id INTEGER NOT NULL, 
	linked_at DATETIME NOT NULL, 
	PRIMARY KEY (account_name), 
	FOREIGN KEY(profile_id) REFERENCES profiles (id) ON DELETE CASCADE
);
CREATE TABLE xapi_statements (
	id INTEGER NOT NULL, 
	statement_id VARCHAR(36) NOT NULL, 
	profile_id INTEGER, 
	verb VARCHAR(200) NOT NULL, 
	object_id VARCHAR(500) NOT NULL, 
	created_at DATETIME NOT NULL, 
	statement JSON NOT NULL, 
	source VARCHAR(20) DEFAULT 'local' NOT NULL, 
	status VARCHAR(12) DEFAULT 'waiting' NOT NULL, 
	attempts INTEGER DEFAULT '0' NOT NULL, 
	next_attempt_at DATETIME, 
	last_attempt_at DATETIME, 
	sent_at DATETIME, 
	error TEXT, 
	PRIMARY KEY (id), 
	UNIQUE (statement_id), 
	FOREIGN KEY(profile_id) REFERENCES profiles (id) ON DELETE SET NULL
);
CREATE INDEX ix_module_visits_profile_id ON module_visits (profile_id);
CREATE INDEX ix_quiz_attempts_profile_id ON quiz_attempts (profile_id);
CREATE INDEX ix_screening_records_profile_id ON screening_records (profile_id);
CREATE INDEX ix_audit_log_profile_id ON audit_log (profile_id);
CREATE INDEX ix_quiz_answers_attempt_id ON quiz_answers (attempt_id);
CREATE INDEX ix_screening_records_case_ref_index ON screening_records (case_ref_index);
CREATE INDEX ix_screening_records_profile_updated ON screening_records (profile_id, updated_at);
CREATE INDEX ix_screening_amendments_record_id ON screening_amendments (record_id);
CREATE INDEX ix_module_progress_profile_id ON module_progress (profile_id);
CREATE INDEX ix_certificates_profile_id ON certificates (profile_id);
CREATE INDEX ix_xapi_statements_profile_id ON xapi_statements (profile_id);
CREATE INDEX ix_xapi_statements_status_id ON xapi_statements (status, id);
CREATE INDEX ix_xapi_actor_links_profile_id ON xapi_actor_links (profile_id);
CREATE INDEX ix_joint_sessions_facilitator_id ON joint_sessions (facilitator_id);
CREATE INDEX ix_joint_sessions_status_held_on ON joint_sessions (status, held_on);
CREATE INDEX ix_joint_session_attendees_session_id ON joint_session_attendees (session_id);
CREATE INDEX ix_joint_session_attendees_profile_id ON joint_session_attendees (profile_id);
CREATE INDEX ix_joint_session_steps_session_id ON joint_session_steps (session_id);
CREATE INDEX ix_joint_session_votes_session_id ON joint_session_votes (session_id);
CREATE INDEX ix_joint_session_amendments_session_id ON joint_session_amendments (session_id);
CREATE UNIQUE INDEX uq_recovery_keys_one_current ON recovery_keys (scope) WHERE retired_at IS NULL;
CREATE INDEX ix_refresher_cards_profile_due ON refresher_cards (profile_id, due);
CREATE INDEX ix_refresher_reviews_profile_id ON refresher_reviews (profile_id);
COMMIT;

import { useContext, useMemo, useState, createElement, useEffect } from "react"
import { applyDelta, ReflexEvent, hydrateClientStorage, useEventLoop, refs } from "$/utils/state"
import { ColorModeContext, UploadFilesContext, DispatchContext, EventLoopContext, StateStoreContext, registerApp, eventLoop } from "$/utils/context-registry"
import { jsx } from "@emotion/react";

export { ColorModeContext, UploadFilesContext, DispatchContext, EventLoopContext, StateStoreContext };
export const initialState = {"reflex___state____state": {"is_hydrated_rx_state_": false, "rx_router_headers_rx_state_": {"host": "", "origin": "", "upgrade": "", "connection": "", "pragma": "", "cache_control": "", "user_agent": "", "sec_websocket_version": "", "sec_websocket_key": "", "sec_websocket_extensions": "", "accept_encoding": "", "accept_language": "", "raw_headers": {}}, "rx_router_page_rx_state_": {"host": "", "path": "", "raw_path": "", "full_path": "", "full_raw_path": "", "params": {}}, "rx_router_route_id_rx_state_": "", "rx_router_session_rx_state_": {"client_token": "", "client_ip": "", "session_id": ""}, "rx_router_url_rx_state_": {"scheme": "", "netloc": "", "origin": "://", "path": "", "query": "", "query_parameters": {}, "fragment": "", "href": ""}}, "reflex___state____state.admin___dashboard___state____dashboard_state": {"active_partners_rx_state_": 0, "emails_last_7_days_rx_state_": 0, "leads_by_status_rx_state_": [], "loaded_rx_state_": false, "new_leads_rx_state_": 0, "open_leads_rx_state_": 0, "opted_in_users_rx_state_": 0, "partner_users_rx_state_": 0, "pending_partners_rx_state_": 0, "recent_accounts_rx_state_": [], "test_partners_rx_state_": 0, "unassigned_leads_rx_state_": 0}, "reflex___state____state.admin___email_detail___state____email_detail_state": {"body_html_rx_state_": "", "cursors_rx_state_": [], "eligible_rx_state_": 0, "error_rx_state_": "", "failed_rx_state_": 0, "field_errors_rx_state_": {}, "group_ids_rx_state_": [], "groups_rx_state_": [], "is_draft_rx_state_": false, "loaded_rx_state_": false, "locked_rx_state_": false, "mid_rx_state_": "", "missing_rx_state_": false, "next_cursor_rx_state_": "", "notice_rx_state_": "", "pending_rx_state_": 0, "percent_rx_state_": 0, "polling_rx_state_": false, "publish_at_rx_state_": "", "rows_rx_state_": [], "schedule_at_rx_state_": "", "sent_rx_state_": 0, "status_rx_state_": "", "text_part_rx_state_": "", "title_rx_state_": "", "total_rx_state_": 0}, "reflex___state____state.admin___email_suppressions___state____suppressions_state": {"cursors_rx_state_": [], "error_rx_state_": "", "loaded_rx_state_": false, "next_cursor_rx_state_": "", "notice_rx_state_": "", "rows_rx_state_": []}, "reflex___state____state.admin___groups___state____groups_state": {"accounts_rx_state_": [], "description_rx_state_": "", "editing_rx_state_": false, "error_rx_state_": "", "field_errors_rx_state_": {}, "group_id_rx_state_": "", "groups_rx_state_": [], "loaded_rx_state_": false, "match_geography_rx_state_": "", "match_status_rx_state_": "", "match_tier_rx_state_": "", "member_ids_rx_state_": [], "name_rx_state_": ""}, "reflex___state____state.admin___integrations___state____integrations_state": {"confirm_revoke_rx_state_": "", "has_secret_rx_state_": false, "key_error_rx_state_": "", "key_name_error_rx_state_": "", "keys_rx_state_": [], "loaded_rx_state_": false, "new_key_rx_state_": "", "new_key_name_rx_state_": "", "new_secret_rx_state_": "", "secret_hint_rx_state_": "", "version_rx_state_": 0, "webhook_enabled_rx_state_": false, "webhook_error_rx_state_": "", "webhook_updated_rx_state_": "", "webhook_url_rx_state_": "", "webhook_url_error_rx_state_": ""}, "reflex___state____state.admin___invitation_import___state____invitation_import_state": {"cursors_rx_state_": [], "custom_fields_rx_state_": [], "fix_error_rx_state_": "", "fix_version_rx_state_": 0, "fixing_rx_state_": {}, "loaded_rx_state_": false, "next_cursor_rx_state_": "", "polling_rx_state_": false, "rows_rx_state_": [], "run_rx_state_": {}, "run_id_rx_state_": 0, "step_rx_state_": "upload", "upload_error_rx_state_": "", "uploading_rx_state_": false}, "reflex___state____state.admin___invitations___state____invitations_state": {"confirm_delete_rx_state_": false, "create_error_rx_state_": "", "create_errors_rx_state_": {}, "create_open_rx_state_": false, "cursors_rx_state_": [], "custom_fields_rx_state_": [], "descending_rx_state_": true, "detail_rx_state_": {}, "detail_custom_rx_state_": {}, "detail_error_rx_state_": "", "detail_errors_rx_state_": {}, "detail_open_rx_state_": false, "form_version_rx_state_": 0, "loaded_rx_state_": false, "next_cursor_rx_state_": "", "rows_rx_state_": [], "search_rx_state_": "", "sort_rx_state_": "created", "status_rx_state_": "all"}, "reflex___state____state.admin___lead_detail___state____admin_lead_detail_state": {"assign_to_rx_state_": "", "conflicts_rx_state_": [], "decision_error_rx_state_": "", "error_rx_state_": "", "events_rx_state_": [], "lead_rx_state_": {}, "loaded_rx_state_": false, "not_found_rx_state_": "", "partners_rx_state_": [], "reason_error_rx_state_": "", "rejecting_rx_state_": false}, "reflex___state____state.admin___lead_import___state____lead_import_state": {"cursors_rx_state_": [], "custom_fields_rx_state_": [], "fix_error_rx_state_": "", "fix_version_rx_state_": 0, "fixing_rx_state_": {}, "loaded_rx_state_": false, "next_cursor_rx_state_": "", "polling_rx_state_": false, "rows_rx_state_": [], "run_rx_state_": {}, "run_id_rx_state_": 0, "step_rx_state_": "upload", "upload_error_rx_state_": "", "uploading_rx_state_": false}, "reflex___state____state.admin___lead_routing___state____routing_rules_state": {"dialog_open_rx_state_": false, "editing_id_rx_state_": "", "error_rx_state_": "", "form_rx_state_": {}, "form_error_rx_state_": "", "form_errors_rx_state_": {}, "form_method_rx_state_": "round_robin", "form_version_rx_state_": 0, "loaded_rx_state_": false, "rules_rx_state_": [], "test_result_rx_state_": {}}, "reflex___state____state.admin___lead_settings___state____lead_settings_state": {"accept_reminder_enabled_rx_state_": false, "error_rx_state_": "", "errors_rx_state_": {}, "loaded_rx_state_": false, "numbers_rx_state_": {}, "recall_enabled_rx_state_": false, "status_reminder_enabled_rx_state_": false, "updated_at_rx_state_": "", "version_rx_state_": 0}, "reflex___state____state.admin___leads___state____admin_leads_state": {"create_error_rx_state_": "", "create_errors_rx_state_": {}, "create_open_rx_state_": false, "create_partner_rx_state_": "unassigned", "created_from_rx_state_": "", "created_to_rx_state_": "", "cursors_rx_state_": [], "descending_rx_state_": true, "error_rx_state_": "", "form_version_rx_state_": 0, "kind_rx_state_": "all", "loaded_rx_state_": false, "next_cursor_rx_state_": "", "partner_filter_rx_state_": "all", "partners_rx_state_": [], "rows_rx_state_": [], "search_rx_state_": "", "sort_rx_state_": "created", "status_rx_state_": "all"}, "reflex___state____state.admin___message_detail___state____message_detail_state": {"audience_rx_state_": "", "body_html_rx_state_": "", "eligible_rx_state_": 0, "end_at_rx_state_": "", "error_rx_state_": "", "field_errors_rx_state_": {}, "group_ids_rx_state_": [], "groups_rx_state_": [], "is_draft_rx_state_": false, "kind_label_rx_state_": "", "loaded_rx_state_": false, "mid_rx_state_": "", "missing_rx_state_": false, "notice_rx_state_": "", "page_choices_rx_state_": [{"key": "home", "label": "Home (after login)"}, {"key": "leads", "label": "Leads"}, {"key": "messages", "label": "Message Center"}, {"key": "settings", "label": "Settings"}], "portal_pages_rx_state_": [], "publish_at_rx_state_": "", "read_rx_state_": 0, "schedule_at_rx_state_": "", "schedule_end_rx_state_": "", "status_rx_state_": "", "title_rx_state_": "", "unread_rx_state_": 0}, "reflex___state____state.admin___messages___state____messages_state": {"cursors_rx_state_": [], "error_rx_state_": "", "kind_rx_state_": "", "loaded_rx_state_": false, "new_kind_rx_state_": "popup", "new_open_rx_state_": false, "new_title_rx_state_": "", "next_cursor_rx_state_": "", "rows_rx_state_": []}, "reflex___state____state.admin___outbox___state____outbox_state": {"cursors_rx_state_": [], "error_rx_state_": "", "loaded_rx_state_": false, "next_cursor_rx_state_": "", "rows_rx_state_": [], "selected_rx_state_": {}}, "reflex___state____state.admin___partners___state____partner_explorer_state": {"cursors_rx_state_": [], "error_rx_state_": "", "loaded_rx_state_": false, "next_cursor_rx_state_": "", "rows_rx_state_": [], "search_rx_state_": "", "status_rx_state_": "all"}, "reflex___state____state.admin___pending___state____pending_partners_state": {"cursors_rx_state_": [], "detail_rx_state_": {}, "detail_custom_rx_state_": [], "error_rx_state_": "", "field_errors_rx_state_": {}, "loaded_rx_state_": false, "mode_rx_state_": "review", "next_cursor_rx_state_": "", "open_rx_state_": false, "rows_rx_state_": [], "version_rx_state_": 0}, "reflex___state____state.admin___registrations___state____registrations_state": {"cursors_rx_state_": [], "loaded_rx_state_": false, "next_cursor_rx_state_": "", "rows_rx_state_": [], "status_rx_state_": "Pending Approval"}, "reflex___state____state.admin___settings___state____admin_settings_state": {"auto_onboarding_rx_state_": false, "custom_error_rx_state_": "", "custom_fields_rx_state_": [], "default_partner_role_rx_state_": "partner_admin", "domain_matching_rx_state_": false, "error_rx_state_": "", "field_errors_rx_state_": {}, "invitation_expiry_days_rx_state_": "14", "lead_registration_without_pii_rx_state_": false, "leads_error_rx_state_": "", "loaded_rx_state_": false, "onboarding_error_rx_state_": "", "onboarding_errors_rx_state_": {}, "partner_user_lead_visibility_rx_state_": "assigned", "pending_notify_emails_rx_state_": "", "program_name_rx_state_": "", "supplier_name_rx_state_": "", "support_email_rx_state_": "", "updated_at_rx_state_": "", "version_rx_state_": 0}, "reflex___state____state.admin___system_messaging___state____system_messaging_state": {"body_rx_state_": "", "button_label_rx_state_": "", "confirm_restore_rx_state_": false, "customized_rx_state_": false, "description_rx_state_": "", "error_rx_state_": "", "errors_rx_state_": {}, "heading_rx_state_": "", "key_rx_state_": "", "label_rx_state_": "", "loaded_rx_state_": false, "placeholders_rx_state_": [], "preview_html_rx_state_": "", "preview_subject_rx_state_": "", "subject_rx_state_": "", "templates_rx_state_": []}, "reflex___state____state.admin___terms___state____terms_settings_state": {"accepted_rx_state_": 0, "error_rx_state_": "", "loaded_rx_state_": false, "opt_in_emails_rx_state_": false, "text_rx_state_": "", "version_rx_state_": 0}, "reflex___state____state.admin___webhook_deliveries___state____delivery_log_state": {"cursors_rx_state_": [], "error_rx_state_": "", "loaded_rx_state_": false, "next_cursor_rx_state_": "", "rows_rx_state_": [], "status_rx_state_": "all"}, "reflex___state____state.portal___home___state____portal_home_state": {"account_name_rx_state_": "", "account_status_rx_state_": "", "can_add_customer_rx_state_": false, "first_name_rx_state_": "", "geography_rx_state_": "", "loaded_rx_state_": false, "new_leads_rx_state_": 0, "open_leads_rx_state_": 0, "partners_rx_state_": [], "partners_next_rx_state_": "", "program_name_rx_state_": "", "supplier_name_rx_state_": "", "support_email_rx_state_": "", "team_rx_state_": [], "tier_rx_state_": "", "won_leads_rx_state_": 0}, "reflex___state____state.portal___lead_detail___state____portal_lead_detail_state": {"error_rx_state_": "", "events_rx_state_": [], "field_errors_rx_state_": {}, "is_partner_admin_rx_state_": false, "lead_rx_state_": {}, "loaded_rx_state_": false, "not_found_rx_state_": "", "owner_choice_rx_state_": "", "progress_status_rx_state_": "", "rejecting_rx_state_": false, "users_rx_state_": [], "version_rx_state_": 0}, "reflex___state____state.portal___leads___state____distributed_leads_state": {"cursors_rx_state_": [], "loaded_rx_state_": false, "next_cursor_rx_state_": "", "rows_rx_state_": [], "status_rx_state_": "all"}, "reflex___state____state.portal___leads___state____portal_leads_state": {"cursors_rx_state_": [], "loaded_rx_state_": false, "next_cursor_rx_state_": "", "rows_rx_state_": [], "status_rx_state_": "all"}, "reflex___state____state.portal___leads___state____registered_leads_state": {"cursors_rx_state_": [], "form_error_rx_state_": "", "form_errors_rx_state_": {}, "form_version_rx_state_": 0, "loaded_rx_state_": false, "next_cursor_rx_state_": "", "notice_rx_state_": "", "notice_conflict_rx_state_": false, "pii_required_rx_state_": true, "register_open_rx_state_": false, "rows_rx_state_": [], "status_rx_state_": "all"}, "reflex___state____state.portal___messages___state____message_center_state": {"loaded_rx_state_": false, "open_id_rx_state_": "", "opened_rx_state_": {}, "rows_rx_state_": []}, "reflex___state____state.portal___offers___state____offer_wizard_state": {"busy_rx_state_": false, "can_go_next_rx_state_": true, "completed_rx_state_": [], "completed_count_rx_state_": "0", "completed_steps_rx_state_": [], "contact_email_rx_state_": "", "contact_ids_rx_state_": [], "contacts_rx_state_": [], "details_errors_rx_state_": {}, "details_valid_rx_state_": false, "error_rx_state_": "", "flow_rx_state_": [{"step": "1", "title": "Introduction", "state": "current"}, {"step": "2", "title": "Customer Details", "state": "todo"}, {"step": "3", "title": "Assign Contacts", "state": "todo"}, {"step": "4", "title": "Assign Partner Manager", "state": "todo"}, {"step": "5", "title": "Summary", "state": "todo"}], "info_lines_rx_state_": ["This wizard sends a partnership offer to another business partner: your customer.", "Read the instructions in this information area before you fill in each step. Use the icon at the top to collapse it and give the content more room; click it again to restore it.", "Completed steps are listed in the Completed dropdown; choose one to go back to it."], "info_open_rx_state_": true, "manager_ids_rx_state_": [], "managers_rx_state_": [], "message_rx_state_": "", "message_count_rx_state_": "0/500", "my_id_rx_state_": "", "open_rx_state_": false, "options_rx_state_": [], "progress_rx_state_": 20, "search_rx_state_": "", "sent_message_rx_state_": "", "show_intro_rx_state_": true, "step_rx_state_": 1, "step_label_rx_state_": "Step 1 of 5", "step_title_rx_state_": "Introduction", "tenant_name_rx_state_": ""}, "reflex___state____state.portal___partnership___state____partnership_state": {"can_confirm_rx_state_": false, "can_modify_rx_state_": false, "can_respond_rx_state_": false, "can_withdraw_rx_state_": false, "chosen_contacts_rx_state_": [], "chosen_managers_rx_state_": [], "contact_email_rx_state_": "", "decline_open_rx_state_": false, "decline_reason_rx_state_": "", "decline_text_rx_state_": "", "draft_message_rx_state_": "", "error_rx_state_": "", "has_pending_rx_state_": false, "has_tile_rx_state_": false, "loaded_rx_state_": false, "message_rx_state_": "", "missing_rx_state_": false, "mode_rx_state_": "view", "my_contacts_rx_state_": [], "my_id_rx_state_": "", "my_managers_rx_state_": [], "notice_rx_state_": "", "options_rx_state_": [], "other_name_rx_state_": "", "other_tenant_rx_state_": "", "pending_by_me_rx_state_": false, "pending_contacts_rx_state_": [], "pending_managers_rx_state_": [], "pending_message_rx_state_": "", "pending_message_changed_rx_state_": false, "pid_rx_state_": "", "relation_rx_state_": "", "search_rx_state_": "", "sent_at_rx_state_": "", "side_rx_state_": "", "status_rx_state_": "", "their_contacts_rx_state_": [], "their_managers_rx_state_": [], "tile_rx_state_": {}}, "reflex___state____state.portal___popups___state____popup_state": {"current_rx_state_": {}, "queue_rx_state_": []}, "reflex___state____state.portal___register___state____register_state": {"busy_rx_state_": false, "company_name_rx_state_": "", "custom_fields_rx_state_": [], "custom_values_rx_state_": {}, "email_rx_state_": "", "error_rx_state_": "", "field_errors_rx_state_": {}, "first_name_rx_state_": "", "invalid_rx_state_": "", "invited_rx_state_": false, "last_name_rx_state_": "", "loaded_rx_state_": false, "outcome_rx_state_": "", "program_name_rx_state_": "", "request_error_rx_state_": "", "request_errors_rx_state_": {}, "request_sent_rx_state_": false, "supplier_name_rx_state_": ""}, "reflex___state____state.portal___settings___state____portal_settings_state": {"company_rx_state_": {}, "company_error_rx_state_": "", "company_errors_rx_state_": {}, "company_version_rx_state_": 0, "consents_rx_state_": [], "email_rx_state_": "", "error_rx_state_": "", "field_errors_rx_state_": {}, "first_name_rx_state_": "", "is_partner_admin_rx_state_": false, "last_name_rx_state_": "", "lead_users_rx_state_": [], "loaded_rx_state_": false, "password_error_rx_state_": "", "password_errors_rx_state_": {}, "profile_version_rx_state_": 0, "role_rx_state_": "", "supplier_emails_rx_state_": false}, "reflex___state____state.portal___terms___state____terms_state": {"error_rx_state_": "", "loaded_rx_state_": false, "opt_in_emails_rx_state_": false, "text_rx_state_": "", "version_rx_state_": 0}, "reflex___state____state.prm___account___state____forgot_password_state": {"error_rx_state_": "", "loaded_rx_state_": false, "sent_rx_state_": false}, "reflex___state____state.prm___account___state____login_state": {"busy_rx_state_": false, "error_rx_state_": "", "is_admin_login_rx_state_": false, "loaded_rx_state_": false, "notice_rx_state_": "", "program_rx_state_": ""}, "reflex___state____state.prm___account___state____set_password_state": {"done_rx_state_": false, "email_rx_state_": "", "error_rx_state_": "", "field_errors_rx_state_": {}, "invalid_rx_state_": false, "loaded_rx_state_": false, "login_href_rx_state_": "/portal/login", "purpose_rx_state_": ""}, "reflex___state____state.prm___auth____auth_state": {"account_name_rx_state_": "", "session_token_rx_state_": "", "user_email_rx_state_": "", "user_name_rx_state_": ""}, "reflex___state____state.reflex___istate___shared____shared_state_base_internal": {}, "reflex___state____state.reflex___state____frontend_event_exception_state": {}, "reflex___state____state.reflex___state____on_load_internal_state": {}, "reflex___state____state.reflex___state____update_vars_internal_state": {}}
export const initialStateHashes = ["60aa9372df4a9f92", "d029e8db883816fc", "e7aebac343d07f2f", "dd50141f08b2b8f2", "326942a1e06fcd79", "d721da907d8aa5a9", "04e0bec690109cc2", "570badfa44c75bd9", "c64b5de58c0fcc36", "5a0242ce56ffede2", "570badfa44c75bd9", "f6bf31fedf81844c", "eb799eef18558ecd", "3a5695c2d6184b84", "9a87ac02f6623a28", "898760940aa51cc3", "f0bd85b476ed1ffd", "fe9335101e5a9536", "dc19a8c9f0b95978", "f33ea18a92480ca3", "b7b232ec7b8d2537", "0977816fbd3f93e4", "2982f48014759d94", "4e58cfdd6cef12d5", "66b07f92b4e391e3", "740dcc6aadb1b7dc", "e2e4940213a7b83a", "e2e4940213a7b83a", "5773786fb8e7026d", "ba3feecaf3d0cca4", "50a0b02c6166febe", "3d162f4d38c11119", "68a72934bcc885d0", "52a853afd725bc83", "7d209069cb97e032", "5e9701eb079daa37", "625eef68c137a9f7", "eaa78e2adb13d559", "1aef9e186774a16c", "fe20b3cd01cc54d5", "bf21a9e8fbc5a384", "bf21a9e8fbc5a384", "bf21a9e8fbc5a384", "bf21a9e8fbc5a384"]
export const stateSchema = "94622398a89a00aaad74f1d4f8a69935"

export const defaultColorMode = "light"
export const clientStorage = {"cookies": {"reflex___state____state.prm___auth____auth_state.session_token_rx_state_": {"name": "prm_session", "path": "/", "sameSite": "strict"}}, "local_storage": {}, "session_storage": {}}


export const state_name = "reflex___state____state"

export const exception_state_name = "reflex___state____state.reflex___state____frontend_event_exception_state"

// Tracked cookie and local storage vars set in the browser, or undefined if none.
const clientStorageVars = () => {
    const client_storage_vars = hydrateClientStorage(clientStorage);
    if (client_storage_vars && Object.keys(client_storage_vars).length !== 0) {
        return client_storage_vars;
    }
    return undefined;
}

// These events are triggered on each client-side page navigation.
export const onLoadInternalEvent = () => {
    const internal_events = [];

    // Only send the client storage vars if any are actually set in the browser.
    const client_storage_vars = clientStorageVars();
    if (client_storage_vars !== undefined) {
        internal_events.push(
            ReflexEvent(
                'reflex___state____state.reflex___state____update_vars_internal_state.update_vars_internal',
                {vars: client_storage_vars},
            ),
        );
    }

    // `on_load_internal` triggers the correct on_load event(s) for the current page.
    // If the page does not define any on_load event, this will just set `is_hydrated = true`.
    internal_events.push(ReflexEvent('reflex___state____state.reflex___state____on_load_internal_state.on_load_internal'));

    return internal_events;
}

// The single event sent when the websocket connects or reconnects: it resets and
// applies client storage, sends the state, and queues the page's on_load events.
// On the first connect the frontend still holds the compiled defaults, so it
// sends their hashes and the backend only returns the vars that differ; any
// later (re)hydrate gets the full state.
export const initialEvents = (first = false) => {
    const client_storage_vars = clientStorageVars();
    const payload = {};
    if (client_storage_vars !== undefined) {
        payload["vars"] = client_storage_vars;
    }
    if (first) {
        payload["hashes"] = initialStateHashes;
    }
    return [ReflexEvent('reflex___state____state.hydrate_and_load', payload)];
}
    

export const isDevMode = false;

// The static runtime reads these through the registry, so this module is the
// only one Vite re-executes when they change.
registerApp({
  initialState,
  clientStorage,
  state_name,
  stateSchema,
  exception_state_name,
  onLoadInternalEvent,
  initialEvents,
  isDevMode,
  defaultColorMode,
});

export function addEvents(events, args, event_actions) {
  return eventLoop.addEvents(events, args, event_actions);
}

export function getConnectErrors() {
  return eventLoop.connectErrors;
}

export function UploadFilesProvider({ children }) {
  const [filesById, setFilesById] = useState({})
  refs["__clear_selected_files"] = (id) => setFilesById(filesById => {
    const newFilesById = {...filesById}
    delete newFilesById[id]
    return newFilesById
  })
  return createElement(
    UploadFilesContext.Provider,
    { value: [filesById, setFilesById] },
    children
  );
}

// ``displayName`` is what React DevTools shows for the wrapper; without it
// every client-only component in the tree renders as ``Anonymous``.
export function ClientSide(component, name) {
  function ClientSideComponent({ children, ...props }) {
    const [Component, setComponent] = useState(null);
    useEffect(() => {
      async function load() {
        const comp = await component();
        setComponent(() => comp);
      }
      load();
    }, []);
    return Component ? jsx(Component, props, children) : null;
  }
  ClientSideComponent.displayName = name ? `ClientSide(${name})` : "ClientSide";
  return ClientSideComponent;
}

export function EventLoopProvider({ children }) {
  const dispatch = useContext(DispatchContext)
  const [addEventsLocal, connectErrors] = useEventLoop(
    dispatch,
    initialEvents,
    clientStorage,
  )
  // Publish the dispatchers so JSX literals constructed outside the
  // React-tree path (e.g. ``ErrorBoundary.onError``) can call ``addEvents``.
  eventLoop.addEvents = addEventsLocal;
  eventLoop.connectErrors = connectErrors;
  return useMemo(
    () =>
      createElement(
        EventLoopContext.Provider,
        { value: [addEventsLocal, connectErrors] },
        children
      ),
    [addEventsLocal, connectErrors, children],
  );
}

// Dispatch updates happen outside render; useSyncExternalStore keeps reads
// consistent while notifying only consumers of the changed substate.
function createStateStore(initialState) {
  const state = {};
  const listeners = new Map();
  const dispatchers = {};
  const notify = (substateName) =>
    listeners.get(substateName)?.forEach((listener) => listener());
  // Hot reload passes the recompiled initial state: new substates are added,
  // and existing substates gain new fields at their defaults while keeping
  // their live values.
  const mergeInitialState = (nextInitialState) => {
    for (const [substateName, value] of Object.entries(nextInitialState)) {
      const liveState = state[substateName];
      if (liveState !== undefined) {
        if (Object.keys(value).some((key) => !Object.hasOwn(liveState, key))) {
          state[substateName] = { ...value, ...liveState };
          notify(substateName);
        }
        continue;
      }
      state[substateName] = value;
      dispatchers[substateName] = (delta) => {
        const currentState = state[substateName];
        const nextState = applyDelta(currentState, delta);
        if (nextState === currentState) return;
        state[substateName] = nextState;
        notify(substateName);
      };
      notify(substateName);
    }
  };
  mergeInitialState(initialState);

  return {
    dispatchers,
    mergeInitialState,
    getSnapshot: (substateName) => state[substateName],
    subscribe: (substateName, listener) => {
      let substateListeners = listeners.get(substateName);
      if (!substateListeners) {
        substateListeners = new Set();
        listeners.set(substateName, substateListeners);
      }
      substateListeners.add(listener);
      return () => substateListeners.delete(listener);
    },
  };
}

function StateStoreProviders({ children, store }) {
  return createElement(
    StateStoreContext,
    { value: store },
    createElement(DispatchContext, { value: store.dispatchers }, children),
  );
}

function ClientStateProvider({ children }) {
  const [store] = useState(() => createStateStore(initialState));
  useEffect(() => store.mergeInitialState(initialState), [store, initialState]);
  return createElement(StateStoreProviders, { children, store });
}

// The server renders once and never applies a delta, so it only reads the
// initial state.
const serverStateStore = {
  dispatchers: {},
  getSnapshot: (substateName) => initialState[substateName],
  subscribe: () => () => {},
};

function ServerStateProvider({ children }) {
  return createElement(StateStoreProviders, { children, store: serverStateStore });
}

export const StateProvider =
  typeof document === "undefined" ? ServerStateProvider : ClientStateProvider;
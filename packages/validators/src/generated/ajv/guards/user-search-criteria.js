export { validate218 as guardUserSearchCriteria };
const schema202 = {"type":"object","additionalProperties":false,"required":["type"],"properties":{"endValue":{"type":"string"},"values":{"type":"array","items":{"type":"string"}},"startValue":{"type":"string"},"value":{"type":"string"},"operator":{"$ref":"#/$defs/SearchCriteriaOperator"},"group":{"type":"array","items":{"$ref":"#/$defs/UserSearchCriteria"}},"dateFormat":{"type":"string"},"fields":{"type":"array","items":{"type":"string"}},"type":{"$ref":"#/$defs/SearchCriteriaType"}}};
const schema58 = {"type":"string","enum":["AND","OR","NOT"]};
const schema57 = {"type":"string","enum":["EXACT","STARTS_WITH","CONTAINS","REGEX","TERM","TERMS","REQUIRED_FIELDS","MATCH_ALL","QUERY_STRING","RANGE","LESS_THAN","LESS_THAN_EQUAL_TO","GREATER_THAN","GREATER_THAN_EQUAL_TO"]};
const func2 = Object.prototype.hasOwnProperty;
const wrapper7 = {validate: validate215};

function validate215(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate215.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema202.properties, key0))){
validate215.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.endValue !== undefined){
const _errs2 = errors;
if(typeof data.endValue !== "string"){
validate215.errors = [{instancePath:instancePath+"/endValue",schemaPath:"#/properties/endValue/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.values !== undefined){
let data1 = data.values;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(typeof data1[i0] !== "string"){
validate215.errors = [{instancePath:instancePath+"/values/" + i0,schemaPath:"#/properties/values/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate215.errors = [{instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.startValue !== undefined){
const _errs8 = errors;
if(typeof data.startValue !== "string"){
validate215.errors = [{instancePath:instancePath+"/startValue",schemaPath:"#/properties/startValue/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.value !== undefined){
const _errs10 = errors;
if(typeof data.value !== "string"){
validate215.errors = [{instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operator !== undefined){
let data5 = data.operator;
const _errs12 = errors;
if(typeof data5 !== "string"){
validate215.errors = [{instancePath:instancePath+"/operator",schemaPath:"#/$defs/SearchCriteriaOperator/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data5 === "AND") || (data5 === "OR")) || (data5 === "NOT"))){
validate215.errors = [{instancePath:instancePath+"/operator",schemaPath:"#/$defs/SearchCriteriaOperator/enum",keyword:"enum",params:{allowedValues: schema58.enum}}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.group !== undefined){
let data6 = data.group;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data6)){
var valid3 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
const _errs17 = errors;
if(!(wrapper7.validate(data6[i1], {instancePath:instancePath+"/group/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = wrapper7.validate.errors;} else {for(const e of wrapper7.validate.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid3 = _errs17 === errors;
if(!valid3){
break;
}
}
}
else {
validate215.errors = [{instancePath:instancePath+"/group",schemaPath:"#/properties/group/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dateFormat !== undefined){
const _errs18 = errors;
if(typeof data.dateFormat !== "string"){
validate215.errors = [{instancePath:instancePath+"/dateFormat",schemaPath:"#/properties/dateFormat/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fields !== undefined){
let data9 = data.fields;
const _errs20 = errors;
if(errors === _errs20){
if(Array.isArray(data9)){
var valid4 = true;
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
const _errs22 = errors;
if(typeof data9[i2] !== "string"){
validate215.errors = [{instancePath:instancePath+"/fields/" + i2,schemaPath:"#/properties/fields/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs22 === errors;
if(!valid4){
break;
}
}
}
else {
validate215.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data11 = data.type;
const _errs24 = errors;
if(typeof data11 !== "string"){
validate215.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/SearchCriteriaType/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((((((((((((data11 === "EXACT") || (data11 === "STARTS_WITH")) || (data11 === "CONTAINS")) || (data11 === "REGEX")) || (data11 === "TERM")) || (data11 === "TERMS")) || (data11 === "REQUIRED_FIELDS")) || (data11 === "MATCH_ALL")) || (data11 === "QUERY_STRING")) || (data11 === "RANGE")) || (data11 === "LESS_THAN")) || (data11 === "LESS_THAN_EQUAL_TO")) || (data11 === "GREATER_THAN")) || (data11 === "GREATER_THAN_EQUAL_TO"))){
validate215.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/SearchCriteriaType/enum",keyword:"enum",params:{allowedValues: schema57.enum}}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate215.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate215.errors = vErrors;
return errors === 0;
}

function validate218(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate218.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func2.call(schema202.properties, key0))){
validate218.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.endValue !== undefined){
const _errs2 = errors;
if(typeof data.endValue !== "string"){
validate218.errors = [{instancePath:instancePath+"/endValue",schemaPath:"#/properties/endValue/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.values !== undefined){
let data1 = data.values;
const _errs4 = errors;
if(errors === _errs4){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs6 = errors;
if(typeof data1[i0] !== "string"){
validate218.errors = [{instancePath:instancePath+"/values/" + i0,schemaPath:"#/properties/values/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid1 = _errs6 === errors;
if(!valid1){
break;
}
}
}
else {
validate218.errors = [{instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.startValue !== undefined){
const _errs8 = errors;
if(typeof data.startValue !== "string"){
validate218.errors = [{instancePath:instancePath+"/startValue",schemaPath:"#/properties/startValue/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.value !== undefined){
const _errs10 = errors;
if(typeof data.value !== "string"){
validate218.errors = [{instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.operator !== undefined){
let data5 = data.operator;
const _errs12 = errors;
if(typeof data5 !== "string"){
validate218.errors = [{instancePath:instancePath+"/operator",schemaPath:"#/$defs/SearchCriteriaOperator/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data5 === "AND") || (data5 === "OR")) || (data5 === "NOT"))){
validate218.errors = [{instancePath:instancePath+"/operator",schemaPath:"#/$defs/SearchCriteriaOperator/enum",keyword:"enum",params:{allowedValues: schema58.enum}}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.group !== undefined){
let data6 = data.group;
const _errs15 = errors;
if(errors === _errs15){
if(Array.isArray(data6)){
var valid3 = true;
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
const _errs17 = errors;
if(!(validate215(data6[i1], {instancePath:instancePath+"/group/" + i1,parentData:data6,parentDataProperty:i1,rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate215.errors;} else {for(const e of validate215.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid3 = _errs17 === errors;
if(!valid3){
break;
}
}
}
else {
validate218.errors = [{instancePath:instancePath+"/group",schemaPath:"#/properties/group/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dateFormat !== undefined){
const _errs18 = errors;
if(typeof data.dateFormat !== "string"){
validate218.errors = [{instancePath:instancePath+"/dateFormat",schemaPath:"#/properties/dateFormat/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fields !== undefined){
let data9 = data.fields;
const _errs20 = errors;
if(errors === _errs20){
if(Array.isArray(data9)){
var valid4 = true;
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
const _errs22 = errors;
if(typeof data9[i2] !== "string"){
validate218.errors = [{instancePath:instancePath+"/fields/" + i2,schemaPath:"#/properties/fields/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid4 = _errs22 === errors;
if(!valid4){
break;
}
}
}
else {
validate218.errors = [{instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data11 = data.type;
const _errs24 = errors;
if(typeof data11 !== "string"){
validate218.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/SearchCriteriaType/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((((((((((((data11 === "EXACT") || (data11 === "STARTS_WITH")) || (data11 === "CONTAINS")) || (data11 === "REGEX")) || (data11 === "TERM")) || (data11 === "TERMS")) || (data11 === "REQUIRED_FIELDS")) || (data11 === "MATCH_ALL")) || (data11 === "QUERY_STRING")) || (data11 === "RANGE")) || (data11 === "LESS_THAN")) || (data11 === "LESS_THAN_EQUAL_TO")) || (data11 === "GREATER_THAN")) || (data11 === "GREATER_THAN_EQUAL_TO"))){
validate218.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/SearchCriteriaType/enum",keyword:"enum",params:{allowedValues: schema57.enum}}];
return false;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate218.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate218.errors = vErrors;
return errors === 0;
}
